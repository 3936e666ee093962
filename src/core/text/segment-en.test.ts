import { describe, expect, it } from 'vitest';
import { findEnglishBreaks } from './segment-en.ts';

/** Sentences as the text between breaks, trimmed. */
function split(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const cut of [...findEnglishBreaks(text, 0, text.length), text.length]) {
    out.push(text.slice(start, cut).trim());
    start = cut;
  }
  return out;
}

describe('findEnglishBreaks: ordinary sentences', () => {
  it('breaks after . ! ? before a capital', () => {
    expect(split('It rained. Was it cold? Yes! We left.')).toEqual([
      'It rained.',
      'Was it cold?',
      'Yes!',
      'We left.',
    ]);
  });

  it('breaks after a sentence ending in a capitalised word before a run of capitalised words', () => {
    // sbd alone takes `development. The Party Central Committee` for a name.
    const text =
      'It is also related to the overall economic and social development. The Party Central Committee with Comrade Xi Jinping at its core has acted.';
    expect(split(text)).toHaveLength(2);
    expect(split('I saw Tom. He left.')).toEqual(['I saw Tom.', 'He left.']);
  });

  it('does not break before a lower-case word', () => {
    expect(split('"Why?" he asked. The end... or not.')).toEqual([
      '"Why?" he asked.',
      'The end... or not.',
    ]);
  });

  it('keeps closing quotes and brackets with the sentence they end', () => {
    expect(split('"He left." She said nothing.')).toEqual(['"He left."', 'She said nothing.']);
    expect(split('“Wow!” She left. (See above.) Then he left.')).toEqual([
      '“Wow!”',
      'She left.',
      '(See above.)',
      'Then he left.',
    ]);
  });

  it('breaks before an opening quote that starts the next sentence', () => {
    expect(split('He left. "Fine," she said.')).toEqual(['He left.', '"Fine," she said.']);
  });

  it('breaks after an ellipsis before a capital', () => {
    expect(split('Wait... What happened? Nothing… Really.')).toEqual([
      'Wait...',
      'What happened?',
      'Nothing…',
      'Really.',
    ]);
  });

  it('splits a sentence glued to the next one, but not initialisms or file names', () => {
    expect(split('He earned 5 yuan.Then he left.')).toEqual(['He earned 5 yuan.', 'Then he left.']);
    expect(split('Made in the U.S.A and sold as Node.js today.')).toHaveLength(1);
    expect(split('the deal e.g.The')).toHaveLength(1);
  });

  it('keeps a list label with its item', () => {
    expect(split('1. Introduction of the plan.')).toEqual(['1. Introduction of the plan.']);
    expect(split('B. The second aspect.')).toEqual(['B. The second aspect.']);
  });
});

describe('findEnglishBreaks: numbers', () => {
  it('never breaks inside decimals and percentages', () => {
    const text =
      'Jobs rose 5.2% to 12.44 million, or 3.5 billion yuan, up 0.3 points. Next year is open.';
    expect(split(text)).toEqual([
      'Jobs rose 5.2% to 12.44 million, or 3.5 billion yuan, up 0.3 points.',
      'Next year is open.',
    ]);
  });

  it('breaks after a number that ends a sentence', () => {
    expect(split('The number reached 11.79 million. We will act.')).toHaveLength(2);
  });

  it('leaves a period followed by a number to sbd', () => {
    expect(split('Jobs were created in 2023. 12 of them were new.')).toHaveLength(1);
  });
});

describe('findEnglishBreaks: abbreviations', () => {
  it('never breaks after titles', () => {
    expect(
      split('Mr. Smith met Dr. Jones, Mrs. Li, Prof. Wang and St. Paul. They talked.'),
    ).toEqual(['Mr. Smith met Dr. Jones, Mrs. Li, Prof. Wang and St. Paul.', 'They talked.']);
  });

  it('keeps initials with the name', () => {
    expect(split('J. K. Rowling and George W. Bush met. They talked.')).toHaveLength(2);
  });

  it('never breaks after e.g., i.e. or vs.', () => {
    expect(split('Use tools, e.g. Trados or i.e. Memsource, vs. Excel. Done.')).toHaveLength(2);
  });

  it('breaks after U.S., a.m., p.m., Inc., Ltd. and Co. only before a sentence-starting word', () => {
    expect(split('In the U.S. The economy grew. The U.S. Army left.')).toEqual([
      'In the U.S.',
      'The economy grew.',
      'The U.S. Army left.',
    ]);
    expect(split('We met at 5 p.m. Beijing time. At 6 p.m. The meeting ended.')).toEqual([
      'We met at 5 p.m. Beijing time.',
      'At 6 p.m.',
      'The meeting ended.',
    ]);
    expect(
      split(
        'He works at Apple Inc. The firm grew. Acme Ltd. CEO Li and Smith Co. Chairman Wu met.',
      ),
    ).toEqual([
      'He works at Apple Inc.',
      'The firm grew.',
      'Acme Ltd. CEO Li and Smith Co. Chairman Wu met.',
    ]);
  });

  it('treats etc. as final before a capital and as mid-sentence otherwise', () => {
    expect(
      split('Apples, pears, etc. were sold. We sold apples, pears, etc. Then we left.'),
    ).toEqual(['Apples, pears, etc. were sold.', 'We sold apples, pears, etc.', 'Then we left.']);
  });

  it('keeps No., Fig. and months before numbers', () => {
    expect(split('See No. 5 and Fig. 3 of Jan. 12 and Sept. 3. It was fine.')).toEqual([
      'See No. 5 and Fig. 3 of Jan. 12 and Sept. 3.',
      'It was fine.',
    ]);
  });
});

describe('findEnglishBreaks: Chinese left in English', () => {
  it('breaks after 。！？ and keeps a sentence that switches from Chinese to English whole', () => {
    const text =
      '人社部部长王晓萍表示,目前全国98%的人都有社保卡,9.7亿人还领用了电子社保卡。2023年电子社保卡全年服务151亿人次。' +
      '我们将持续深化省级“一卡通”, Vigorously promote regional "one card" for the people. China Daily asked.';
    expect(split(text)).toEqual([
      '人社部部长王晓萍表示,目前全国98%的人都有社保卡,9.7亿人还领用了电子社保卡。',
      '2023年电子社保卡全年服务151亿人次。',
      '我们将持续深化省级“一卡通”, Vigorously promote regional "one card" for the people.',
      'China Daily asked.',
    ]);
  });

  it('breaks after full-width marks left in English', () => {
    expect(split('It was good。Then bad！ Really？ Yes.')).toEqual([
      'It was good。',
      'Then bad！',
      'Really？',
      'Yes.',
    ]);
  });

  it('never breaks at an English-style boundary inside a Chinese run', () => {
    expect(split('他说你好. 我们走吧。 Then he left.')).toEqual([
      '他说你好. 我们走吧。',
      'Then he left.',
    ]);
  });

  it('breaks between an English sentence and a Chinese one', () => {
    expect(split('He left. 我们走吧。')).toEqual(['He left.', '我们走吧。']);
    expect(split('He left.我们走吧。')).toEqual(['He left.', '我们走吧。']);
  });

  it('keeps a quotation that ends with 。 inside the sentence when the text runs on', () => {
    expect(split('他说：“好。”然后走了。 OK.')).toEqual(['他说：“好。”然后走了。', 'OK.']);
  });
});

describe('findEnglishBreaks: ranges', () => {
  it('only looks inside [start, end) and returns offsets into the whole text', () => {
    const text = 'Before. One. Two. After.';
    expect(findEnglishBreaks(text, 8, 17)).toEqual([12]);
  });
});
