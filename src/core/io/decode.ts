/**
 * From the bytes of a file to a JavaScript string, or a reason why not.
 *
 * Accepted: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and GB18030
 * (a superset of GBK and GB2312) when the bytes are not UTF-8. Chinese
 * sources still travel as GBK/GB18030 when they come out of Windows tools
 * set to a Chinese locale; refusing them would send the reviewer to find a
 * converter for nothing. Legacy encodings in general are not guessed: a wrong
 * guess gives mojibake without any error, and GB18030 is the only one a
 * Chinese→English reviewer is likely to meet.
 *
 * Failures are a `DecodeError` whose `code` is stable (the UI translates by
 * it) and whose fields carry what a message needs: the file name, the byte
 * offset of the first bad sequence, the kind of binary file recognised.
 */

/** Largest file accepted, in bytes: the same 50 MB bound the project schema puts on a text. */
export const MAX_TEXT_FILE_BYTES = 50_000_000;

/** Why a file could not be turned into text. */
export type DecodeErrorCode = 'empty' | 'binary' | 'undecodable' | 'too-large';

/** Binary formats recognised by their first bytes, and what people call them (for messages). */
const KIND_NAMES = {
  pdf: 'a PDF document',
  docx: 'a Word document (.docx)',
  xlsx: 'an Excel workbook (.xlsx)',
  pptx: 'a PowerPoint presentation (.pptx)',
  odf: 'an OpenDocument file',
  epub: 'an EPUB book',
  zip: 'a ZIP archive',
  ole: 'an old Microsoft Office file (.doc, .xls or .ppt)',
  png: 'a PNG image',
  jpeg: 'a JPEG image',
  gif: 'a GIF image',
  webp: 'a WebP image',
  gzip: 'a gzip archive',
  '7z': 'a 7-Zip archive',
  rar: 'a RAR archive',
  elf: 'a program',
  sqlite: 'an SQLite database',
  unknown: 'binary data',
} as const;

/** A binary format recognised by its first bytes; `unknown` for NUL bytes or control characters. */
export type BinaryKind = keyof typeof KIND_NAMES;

/** What a `DecodeError` knows besides its code, depending on the code. */
interface DecodeDetail {
  offset?: number;
  binaryKind?: BinaryKind;
}

/** A file that is not usable text. */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
  readonly code: DecodeErrorCode;
  /** The file name as given to `decodeText`, or `'(unnamed)'`. */
  readonly fileName: string;
  /** For `undecodable`: byte offset of the first invalid sequence. */
  readonly offset: number | undefined;
  /** For `binary`: the format recognised. */
  readonly binaryKind: BinaryKind | undefined;
  /** The file's size in bytes. */
  readonly size: number;

  constructor(code: DecodeErrorCode, fileName: string, size: number, detail: DecodeDetail = {}) {
    super(describe(code, fileName, size, detail));
    this.code = code;
    this.fileName = fileName;
    this.size = size;
    this.offset = detail.offset;
    this.binaryKind = detail.binaryKind;
  }
}

function describe(
  code: DecodeErrorCode,
  fileName: string,
  size: number,
  detail: DecodeDetail,
): string {
  switch (code) {
    case 'empty':
      return `${fileName} is empty: it has no text`;
    case 'too-large':
      return `${fileName} is too large (${size} bytes; the limit is ${MAX_TEXT_FILE_BYTES} bytes)`;
    case 'binary':
      return `${fileName} is not a text file: it looks like ${KIND_NAMES[detail.binaryKind ?? 'unknown']}. Save it as plain text (UTF-8)`;
    case 'undecodable':
      return `${fileName} is not valid UTF-8, UTF-16 or GB18030 text: invalid bytes at byte offset ${detail.offset ?? 0}. Save it as UTF-8`;
  }
}

/** How much of the file the binary checks look at. */
const SNIFF_BYTES = 8192;
/** Share of control bytes in the sniffed part above which a file is binary. Text has next to none. */
const MAX_CONTROL_RATIO = 0.05;

/**
 * Decodes `bytes` into a string (any BOM removed), or throws a
 * `DecodeError`. `fileName` only serves error messages.
 */
export function decodeText(bytes: Uint8Array, fileName = '(unnamed)'): string {
  const size = bytes.length;
  if (size > MAX_TEXT_FILE_BYTES) throw new DecodeError('too-large', fileName, size);
  if (size === 0) throw new DecodeError('empty', fileName, size);

  const text = decodeWithBom(bytes, fileName) ?? decodeWithoutBom(bytes, fileName);
  if (!/\S/.test(text)) throw new DecodeError('empty', fileName, size);
  return text;
}

/** UTF-16 or UTF-8 announced by a BOM; `null` without one. */
function decodeWithBom(bytes: Uint8Array, fileName: string): string | null {
  const [b0, b1, b2] = bytes;
  const encoding =
    b0 === 0xef && b1 === 0xbb && b2 === 0xbf
      ? 'utf-8'
      : b0 === 0xff && b1 === 0xfe
        ? 'utf-16le'
        : b0 === 0xfe && b1 === 0xff
          ? 'utf-16be'
          : null;
  if (encoding === null) return null;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const offset =
      encoding === 'utf-8'
        ? firstInvalidUtf8(bytes)
        : firstInvalidUtf16(bytes, encoding === 'utf-16le');
    throw new DecodeError('undecodable', fileName, bytes.length, { offset });
  }
  // A UTF-16 BOM in front of binary data (or of UTF-32) decodes without error.
  if (isControlHeavy(text.slice(0, SNIFF_BYTES / 2))) {
    throw new DecodeError('binary', fileName, bytes.length, { binaryKind: 'unknown' });
  }
  return text;
}

function decodeWithoutBom(bytes: Uint8Array, fileName: string): string {
  const sniffed = bytes.subarray(0, SNIFF_BYTES);
  const binaryKind = recogniseFormat(sniffed) ?? (hasBinaryBytes(sniffed) ? 'unknown' : null);
  if (binaryKind !== null) throw new DecodeError('binary', fileName, bytes.length, { binaryKind });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const gb = decodeGb18030(bytes);
    if (gb !== null) return gb;
    throw new DecodeError('undecodable', fileName, bytes.length, {
      offset: firstInvalidUtf8(bytes),
    });
  }
}

/**
 * The text as GB18030, or `null`. GB18030 maps almost every byte pair to
 * something, so a clean decode alone proves little (Latin-1 `café` decodes
 * to a Han character); text landing in the private use area, where GBK puts
 * its user-defined codes and real Chinese text never goes, or holding C1
 * controls is taken as a wrong guess.
 */
function decodeGb18030(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return /[\u0080-\u009f\ue000-\uf8ff]/.test(text) ? null : text;
}

/** Magic numbers of formats people drop on a text importer by mistake. */
function recogniseFormat(b: Uint8Array): BinaryKind | null {
  const starts = (...sig: number[]): boolean => sig.every((byte, i) => b[i] === byte);
  const ascii = (from: number, s: string): boolean =>
    [...s].every((c, i) => b[from + i] === c.charCodeAt(0));
  if (ascii(0, '%PDF-')) return 'pdf';
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return zipKind(b);
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return 'gif';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'webp';
  if (starts(0x1f, 0x8b)) return 'gzip';
  if (starts(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c)) return '7z';
  if (ascii(0, 'Rar!\u001a\u0007')) return 'rar';
  if (starts(0x7f, 0x45, 0x4c, 0x46)) return 'elf';
  if (ascii(0, 'SQLite format 3\u0000')) return 'sqlite';
  return null;
}

/**
 * Which ZIP-based format: Office Open XML names its parts `word/`, `xl/`,
 * `ppt/`; OpenDocument and EPUB store their `mimetype` first, uncompressed.
 */
function zipKind(b: Uint8Array): BinaryKind {
  const head = new TextDecoder('latin1').decode(b);
  if (head.includes('mimetypeapplication/epub+zip')) return 'epub';
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument')) return 'odf';
  if (head.includes('word/')) return 'docx';
  if (head.includes('xl/')) return 'xlsx';
  if (head.includes('ppt/')) return 'pptx';
  return 'zip';
}

/**
 * NUL bytes never occur in UTF-8 or GB18030 text (UTF-16 without BOM ends up
 * here too, and is refused rather than misread); other C0 controls besides
 * tab, line feed, form feed and carriage return are rare enough that a few
 * percent of them means binary.
 */
function hasBinaryBytes(b: Uint8Array): boolean {
  let controls = 0;
  for (const byte of b) {
    if (byte === 0) return true;
    if (isControlByte(byte)) controls++;
  }
  return controls > b.length * MAX_CONTROL_RATIO;
}

/** `hasBinaryBytes` for decoded UTF-16 text. */
function isControlHeavy(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if (isControlByte(code)) controls++;
  }
  return controls > text.length * MAX_CONTROL_RATIO;
}

/** C0 controls and DEL, except tab, line feed, form feed and carriage return. */
function isControlByte(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
    code === 0x7f
  );
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const lead = b[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // Sequence length and the allowed range of the second byte (RFC 3629
    // table: excludes overlongs, surrogates and code points past U+10FFFF).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const byte = b[i + k];
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (byte === undefined || byte < min || byte > max) return i;
    }
    i += length;
  }
  return b.length;
}

/** Byte offset of the first unpaired surrogate or dangling odd byte in BOM-marked UTF-16. */
export function firstInvalidUtf16(b: Uint8Array, littleEndian: boolean): number {
  const unit = (at: number): number =>
    littleEndian ? (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) : ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
  let i = 2;
  while (i + 1 < b.length) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 3 < b.length ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 4;
    } else if (u >= 0xdc00 && u <= 0xdfff) return i;
    else i += 2;
  }
  return i;
}
