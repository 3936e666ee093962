/**
 * Telling, on the main thread and from the first few kilobytes only,
 * whether a dropped file is an interchange file (for the import worker) or
 * a plain text (for the source and MT fields). Reading the head is cheap
 * however large the file; the worker does the rest.
 */
import { DETECT_HEAD_CHARS, detectInterchangeFormat } from '../../core/io/formats.ts';
import type { DetectedFile } from '../../core/io/formats.ts';

/**
 * The head's text for detection: by BOM or the UTF-16 pattern of `<`, else
 * UTF-8 without failing (a character cut at the end, or a GB18030 text,
 * gives replacement characters, which no format's detection looks for).
 */
export function headText(bytes: Uint8Array): string {
  const [b0, b1] = bytes;
  const utf16 =
    (b0 === 0xff && b1 === 0xfe) || (b0 === 0x3c && b1 === 0)
      ? 'utf-16le'
      : (b0 === 0xfe && b1 === 0xff) || (b0 === 0 && b1 === 0x3c)
        ? 'utf-16be'
        : null;
  return new TextDecoder(utf16 ?? 'utf-8').decode(bytes).replace(/^\ufeff/, '');
}

/** What `file` is by its first bytes and name; `null` for plain text (or an unreadable file). */
export async function sniffFile(file: Blob, fileName: string): Promise<DetectedFile | null> {
  try {
    const head = new Uint8Array(await file.slice(0, DETECT_HEAD_CHARS * 2).arrayBuffer());
    return detectInterchangeFormat(headText(head), fileName);
  } catch {
    // The text path reads it again and reports why it cannot.
    return null;
  }
}
