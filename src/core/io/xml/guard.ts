/**
 * Refusing dangerous XML before any parser sees it.
 *
 * Every XML attack on a reader goes through entity declarations: nested
 * internal entities expand a kilobyte into gigabytes (billion laughs), and
 * external ones (`SYSTEM "file:///…"`) read local files or the network. No
 * interchange format we read needs either: TMX and XLIFF files carry at most
 * `<!DOCTYPE tmx SYSTEM "tmx14.dtd">`, a reference to a DTD that nobody
 * fetches. So the policy is blunt and cheap: a document that contains an
 * entity declaration or a DOCTYPE with an internal subset is refused, with
 * its location, in one linear scan, before parsing. References to entities
 * that are not declared fail later, in `entities.ts`.
 */
import { ImportError, lineColumnAt, type ImportLocation } from '../import-error.ts';

/** Throws `ImportError` (`unsafe`) when `text` declares entities or has an internal DTD subset. */
export function refuseEntityDeclarations(text: string, file?: string): void {
  const at = (offset: number): ImportLocation => ({
    ...(file === undefined ? {} : { file }),
    ...lineColumnAt(text, offset),
  });
  const entity = text.indexOf('<!ENTITY');
  if (entity !== -1) {
    throw new ImportError(
      'unsafe',
      'the file declares XML entities (<!ENTITY …>), which are refused: they can expand to gigabytes or read local files',
      at(entity),
    );
  }
  // Each scan resumes where the previous DOCTYPE ended, so the whole check is linear.
  for (let doctype = text.indexOf('<!DOCTYPE'); doctype !== -1;) {
    const { subset, end } = scanDoctype(text, doctype);
    if (subset) {
      throw new ImportError(
        'unsafe',
        'the file has an internal DTD subset (<!DOCTYPE … [ … ]>), which is refused: no interchange format needs one',
        at(doctype),
      );
    }
    doctype = text.indexOf('<!DOCTYPE', end);
  }
}

/**
 * Whether the DOCTYPE at `start` opens a `[` before it ends (quoted system
 * and public ids skipped), and the offset where the scan stopped.
 */
function scanDoctype(text: string, start: number): { subset: boolean; end: number } {
  let quote: string | null = null;
  let i = start + '<!DOCTYPE'.length;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quote !== null) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') return { subset: true, end: i };
    else if (c === '>') return { subset: false, end: i };
  }
  return { subset: false, end: i };
}
