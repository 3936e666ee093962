/**
 * From the bytes of an XML file to a string, the way XML says to find the
 * encoding (Appendix F): a byte-order mark first; failing that, the byte
 * pattern of `<?xml` tells UTF-16 without BOM from ASCII-compatible
 * encodings; for those, the `encoding` of the XML declaration, UTF-8 when
 * there is none.
 *
 * Unlike plain text (`decode.ts`), nothing is guessed: an XML file says what
 * it is, and a file declared UTF-8 with invalid bytes is broken, not GB18030.
 */
import { firstInvalidUtf8 } from '../decode.ts';
import { ImportError, type ImportLocation } from '../import-error.ts';

/** The encoding a BOM or the first bytes announce, and how many bytes of BOM to skip. */
function sniff(bytes: Uint8Array): { encoding: string; bom: number } | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (b0 === 0xff && b1 === 0xfe && !(b2 === 0 && b3 === 0))
    return { encoding: 'utf-16le', bom: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bom: 2 };
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00)
    return { encoding: 'utf-16le', bom: 0 };
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f)
    return { encoding: 'utf-16be', bom: 0 };
  return null;
}

/** The `encoding` pseudo-attribute of an XML declaration at the start of `head`, lower-cased. */
export function declaredEncoding(head: string): string | null {
  const declaration = /^\s*<\?xml\s[^?]*?encoding\s*=\s*(["'])([A-Za-z][\w.:-]*)\1/.exec(head);
  return declaration?.[2]?.toLowerCase() ?? null;
}

/**
 * Decodes an XML file. Throws `ImportError` (`undecodable` with the byte
 * offset of the first bad sequence, or `unsupported` for an encoding the
 * platform cannot decode).
 */
export function decodeXml(bytes: Uint8Array, file?: string): string {
  const where: ImportLocation = file === undefined ? {} : { file };
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0) {
    throw new ImportError(
      'unsupported',
      'UTF-32 files are not supported; save the file as UTF-8',
      where,
    );
  }
  const sniffed = sniff(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const encoding = sniffed?.encoding ?? declaredEncoding(head) ?? 'utf-8';
  const body = bytes.subarray(sniffed?.bom ?? 0);
  if (!sniffed && encoding.startsWith('utf-16')) {
    // Its `<?xml` would have shown the UTF-16 byte pattern.
    throw new ImportError(
      'undecodable',
      `the file declares ${encoding.toUpperCase()} but is not: its first bytes are ASCII`,
      where,
    );
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new ImportError(
      'unsupported',
      `the file declares the encoding "${encoding}", which cannot be read`,
      where,
    );
  }
  try {
    return decoder.decode(body);
  } catch {
    const offset =
      decoder.encoding === 'utf-8' ? firstInvalidUtf8(body) + (sniffed?.bom ?? 0) : null;
    const at = offset === null ? '' : ` at byte offset ${offset}`;
    throw new ImportError(
      'undecodable',
      `the file is not valid ${decoder.encoding.toUpperCase()}${at}, although it says it is`,
      where,
    );
  }
}
