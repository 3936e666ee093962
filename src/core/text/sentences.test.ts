import { describe, expect, it } from 'vitest';
import { sentencesOfParagraph } from './sentences.ts';

function cut(text: string, breaks: number[]): string[] {
  const paragraph = { start: 0, end: text.length };
  return sentencesOfParagraph(text, paragraph, 0, breaks).map((s) => text.slice(s.start, s.end));
}

describe('sentencesOfParagraph', () => {
  it('cuts at the breaks and trims each piece', () => {
    expect(cut('One. Two.  Three.', [4, 9])).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('tags sentences with the paragraph index and ignores breaks outside the paragraph', () => {
    const text = 'xx A. B. yy';
    const sentences = sentencesOfParagraph(text, { start: 3, end: 8 }, 4, [1, 3, 5, 8, 10]);
    expect(sentences).toEqual([
      { start: 3, end: 5, paragraph: 4 },
      { start: 6, end: 8, paragraph: 4 },
    ]);
  });

  it('joins a trailing piece without letters or digits to the sentence before it', () => {
    const text = '** 今天提问。 **';
    expect(cut(text, [text.indexOf('。') + 1])).toEqual([text]);
  });

  it('joins a leading piece without letters or digits to the sentence after it', () => {
    expect(cut('—— 好。再见。', [2, 5])).toEqual(['—— 好。', '再见。']);
  });

  it('keeps a piece with only digits as a sentence', () => {
    expect(cut('2023. Done.', [5])).toEqual(['2023.', 'Done.']);
  });

  it('keeps a paragraph of punctuation only as one sentence', () => {
    expect(cut('*** --- ***', [3, 7])).toEqual(['*** --- ***']);
  });

  it('drops empty pieces from duplicate or adjacent breaks', () => {
    expect(cut('A. B.', [2, 2, 3])).toEqual(['A.', 'B.']);
  });
});
