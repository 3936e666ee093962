/**
 * A large generated XLIFF 2 file for the import benchmark and the browser
 * test of a 50 MB import: Chinese sources and English targets, some with
 * inline codes (`<ph/>`, `<pc>`), one unit per paragraph of a few segments.
 * Deterministic, so timings compare across runs.
 */

const ZH = [
  '今天下午三时，记者会在人民大会堂举行。',
  '教育部部长就就业问题回答了中外记者的提问。',
  '全国百分之九十八的人都有社保卡。',
  '我们将进一步做实做细社保卡居民服务应用。',
  '这些变化充分印证了经济回升向好的态势。',
];
const EN = [
  'The press conference was held at 3 pm this afternoon in the Great Hall of the People.',
  'The Minister of Education answered questions from Chinese and foreign journalists on employment.',
  '98 percent of people in the country have a social security card.',
  'We will further improve the application of social security cards for residents.',
  'These changes fully confirm the trend of economic recovery.',
];

/** One segment, with a code in every third one and a paired code in every seventh. */
function segment(n: number): string {
  const zh = ZH[n % ZH.length] ?? '';
  const en = EN[n % EN.length] ?? '';
  if (n % 7 === 0) {
    return (
      `<segment id="s${n}"><source><pc id="c${n}">${zh.slice(0, 4)}</pc>${zh.slice(4)}</source>` +
      `<target><pc id="c${n}">${en.slice(0, 10)}</pc>${en.slice(10)}</target></segment>`
    );
  }
  if (n % 3 === 0) {
    return (
      `<segment id="s${n}"><source>${zh}<ph id="p${n}" equiv="{${n % 10}}"/></source>` +
      `<target>${en}<ph id="p${n}" equiv="{${n % 10}}"/></target></segment>`
    );
  }
  return `<segment id="s${n}"><source>${zh}</source><target>${en}</target></segment>`;
}

/** An XLIFF 2.1 file of about `bytes` bytes (UTF-8), and how many segments it holds. */
export function bigXliff2(bytes: number): { text: string; segments: number } {
  const head =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="zh-CN" trgLang="en">\n' +
    '<file id="f1">\n';
  const tail = '</file>\n</xliff>\n';
  const parts: string[] = [head];
  const encoder = new TextEncoder();
  let size = encoder.encode(head + tail).length;
  let n = 0;
  for (let unit = 1; size < bytes; unit++) {
    const segments = [segment(n), segment(n + 1), segment(n + 2)].join('');
    n += 3;
    const xml = `<unit id="u${unit}">${segments}</unit>\n`;
    parts.push(xml);
    size += encoder.encode(xml).length;
  }
  parts.push(tail);
  return { text: parts.join(''), segments: n };
}
