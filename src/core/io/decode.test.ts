import { describe, expect, it } from 'vitest';
import {
  DecodeError,
  MAX_TEXT_FILE_BYTES,
  decodeText,
  firstInvalidUtf16,
  firstInvalidUtf8,
} from './decode.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => [...p]));

function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out: number[] = littleEndian ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    out.push(...(littleEndian ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
  }
  return Uint8Array.from(out);
}

/** The DecodeError `decodeText` throws, or a failed expectation. */
function decodeError(input: Uint8Array, fileName = 'in.txt'): DecodeError {
  try {
    decodeText(input, fileName);
  } catch (error) {
    expect(error).toBeInstanceOf(DecodeError);
    return error as DecodeError;
  }
  throw new Error('decodeText did not throw');
}

describe('decodeText: accepted encodings', () => {
  const sample =
    '人社部部长王晓萍表示，目前全国98%的人都有社保卡。\nWang Xiaoping said… “one card” 𠀋';

  it('decodes UTF-8 without BOM', () => {
    expect(decodeText(utf8(sample))).toBe(sample);
  });

  it('decodes UTF-8 with BOM and drops the BOM', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], utf8(sample)))).toBe(sample);
  });

  it('decodes UTF-16 LE and BE with BOM, astral characters included', () => {
    expect(decodeText(utf16(sample, true))).toBe(sample);
    expect(decodeText(utf16(sample, false))).toBe(sample);
  });

  it('decodes GB18030/GBK when the bytes are not UTF-8', () => {
    // 你好，世界。 in GBK
    const gbk = [0xc4, 0xe3, 0xba, 0xc3, 0xa3, 0xac, 0xca, 0xc0, 0xbd, 0xe7, 0xa1, 0xa3];
    expect(decodeText(bytes(gbk, utf8(' ok\n')))).toBe('你好，世界。 ok\n');
  });

  it('keeps CRLF and everything else as is (normalisation is a separate step)', () => {
    expect(decodeText(utf8('a\r\nb\rc\t'))).toBe('a\r\nb\rc\t');
  });
});

describe('decodeText: refusals', () => {
  it('refuses an empty file', () => {
    const error = decodeError(new Uint8Array(0), 'empty.txt');
    expect(error.code).toBe('empty');
    expect(error.fileName).toBe('empty.txt');
    expect(error.message).toContain('empty.txt');
  });

  it('refuses whitespace only, full-width space and a lone BOM included', () => {
    expect(decodeError(utf8(' \n\t\u3000\u00a0')).code).toBe('empty');
    expect(decodeError(bytes([0xef, 0xbb, 0xbf])).code).toBe('empty');
    expect(decodeError(utf16('  ', true)).code).toBe('empty');
  });

  it('refuses files over the size limit before looking at them', () => {
    const error = decodeError(new Uint8Array(MAX_TEXT_FILE_BYTES + 1), 'huge.txt');
    expect(error.code).toBe('too-large');
    expect(error.size).toBe(MAX_TEXT_FILE_BYTES + 1);
    expect(error.message).toContain('huge.txt');
  });

  it.each([
    ['pdf', utf8('%PDF-1.7\n%âãÏÓ\n')],
    ['png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])],
    ['gzip', bytes([0x1f, 0x8b, 0x08, 0])],
    ['zip', bytes([0x50, 0x4b, 0x03, 0x04], utf8('\u0014\u0000notes.txt'))],
    [
      'docx',
      bytes([0x50, 0x4b, 0x03, 0x04], utf8('\u0014\u0000[Content_Types].xml...word/document.xml')),
    ],
    [
      'xlsx',
      bytes([0x50, 0x4b, 0x03, 0x04], utf8('\u0014\u0000[Content_Types].xml...xl/workbook.xml')),
    ],
    [
      'odf',
      bytes(
        [0x50, 0x4b, 0x03, 0x04],
        utf8('\u0000mimetypeapplication/vnd.oasis.opendocument.text'),
      ),
    ],
    ['ole', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])],
    ['gif', utf8('GIF89a\u0001\u0000')],
    ['7z', bytes([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4])],
    ['elf', bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1])],
  ] as const)('recognises %s by its magic number', (kind, input) => {
    const error = decodeError(input, 'report.bin');
    expect(error.code).toBe('binary');
    expect(error.binaryKind).toBe(kind);
    expect(error.message).toContain('report.bin');
  });

  it('names the format in the message', () => {
    expect(decodeError(utf8('%PDF-1.4')).message).toMatch(/PDF/);
    expect(decodeError(bytes([0x50, 0x4b, 0x03, 0x04], utf8('word/'))).message).toMatch(
      /Word document/,
    );
  });

  it('refuses NUL bytes and UTF-16 without BOM as binary', () => {
    expect(decodeError(utf8('hello\u0000world')).binaryKind).toBe('unknown');
    const noBom = utf16('Hello world, this is UTF-16 without a BOM.', true).subarray(2);
    expect(decodeError(noBom).code).toBe('binary');
  });

  it('refuses a high ratio of control characters but tolerates a stray one', () => {
    const noisy = Uint8Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? 0x01 : 0x61));
    expect(decodeError(noisy).code).toBe('binary');
    expect(decodeText(utf8('a'.repeat(100) + '\u001a'))).toHaveLength(101);
  });

  it('looks for binary bytes only in the first 8 KB', () => {
    const late = bytes(utf8('a'.repeat(9000)), [0]);
    expect(decodeText(late)).toHaveLength(9001);
  });

  it('refuses binary behind a UTF-16 BOM', () => {
    expect(decodeError(bytes([0xff, 0xfe], [0, 0, 1, 0, 2, 0, 0, 0])).code).toBe('binary');
  });

  it('reports undecodable bytes with the offset of the first bad sequence', () => {
    // 0xff is neither UTF-8 nor GB18030.
    const input = bytes(utf8('好的 ok '), [0xff, 0x41]);
    const error = decodeError(input, 'bad.txt');
    expect(error.code).toBe('undecodable');
    expect(error.offset).toBe(utf8('好的 ok ').length);
    expect(error.message).toContain('bad.txt');
    expect(error.message).toContain(String(error.offset));
  });

  it('refuses GB18030 that decodes into the private use area', () => {
    // 0xaa 0xa1 is a GBK user-defined code: never in real Chinese text.
    expect(decodeError(bytes(utf8('abc'), [0xaa, 0xa1])).code).toBe('undecodable');
  });

  it('reports the offset of an unpaired surrogate in UTF-16 with BOM', () => {
    const input = bytes([0xff, 0xfe], [0x41, 0], [0x00, 0xd8], [0x41, 0]);
    const error = decodeError(input);
    expect(error.code).toBe('undecodable');
    expect(error.offset).toBe(4);
  });

  it('reports a truncated UTF-8 sequence after a BOM', () => {
    const error = decodeError(bytes([0xef, 0xbb, 0xbf], utf8('ab'), [0xe4, 0xbd]));
    expect(error).toMatchObject({ code: 'undecodable', offset: 5 });
  });
});

describe('firstInvalidUtf8', () => {
  it('returns the length for valid UTF-8', () => {
    const valid = utf8('aé你𠀋');
    expect(firstInvalidUtf8(valid)).toBe(valid.length);
  });

  it.each([
    ['lone continuation byte', [0x61, 0x80], 1],
    ['overlong encoding', [0x61, 0xc0, 0xaf], 1],
    ['overlong three-byte', [0xe0, 0x80, 0xaf], 0],
    ['surrogate', [0x61, 0x61, 0xed, 0xa0, 0x80], 2],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['truncated at end', [0x61, 0xe4, 0xbd], 1],
    ['bad second byte', [0xe4, 0x41, 0xa0], 0],
  ])('finds a %s', (_name, input, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(input))).toBe(offset);
    expect(() =>
      new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(input)),
    ).toThrow();
  });
});

describe('firstInvalidUtf16', () => {
  it('accepts surrogate pairs and finds a lone low surrogate or a dangling byte', () => {
    expect(firstInvalidUtf16(utf16('a𠀋b', true), true)).toBe(10);
    expect(firstInvalidUtf16(bytes([0xfe, 0xff], [0xdc, 0x00]), false)).toBe(2);
    expect(firstInvalidUtf16(bytes([0xff, 0xfe], [0x41, 0], [0x42]), true)).toBe(4);
  });
});
