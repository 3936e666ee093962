/**
 * The markup that carries no content for our tree — XML declaration,
 * document type declaration, comments, processing instructions — checked
 * for well-formedness and skipped by the tokenizer (`scan.ts`). Each
 * function takes the offset of the markup's `<` and returns the offset just
 * after it, or throws through `fail`.
 */
import { nameEnd, skipSpace } from './names.ts';

/** Throws a `malformed` error at `offset` (never returns). */
export type Fail = (offset: number, problem: string) => never;

/** `<?xml version="1.x" encoding="…" standalone="…"?>` (XML 1.0 §2.8), in this order. */
const XML_DECLARATION = new RegExp(
  '<\\?xml[ \\t\\n\\r]+version[ \\t\\n\\r]*=[ \\t\\n\\r]*(?:"1\\.[0-9]+"|\'1\\.[0-9]+\')' +
    '(?:[ \\t\\n\\r]+encoding[ \\t\\n\\r]*=[ \\t\\n\\r]*(?:"[A-Za-z][\\w.-]*"|\'[A-Za-z][\\w.-]*\'))?' +
    '(?:[ \\t\\n\\r]+standalone[ \\t\\n\\r]*=[ \\t\\n\\r]*(?:"(?:yes|no)"|\'(?:yes|no)\'))?' +
    '[ \\t\\n\\r]*\\?>',
  'y',
);

/** Whether the document starts with an XML declaration (`<?xml` and white space). */
export function startsWithXmlDeclaration(text: string): boolean {
  return text.startsWith('<?xml') && /[ \t\n\r]/.test(text.charAt(5));
}

/** Skips the XML declaration at offset 0. */
export function skipXmlDeclaration(text: string, fail: Fail): number {
  XML_DECLARATION.lastIndex = 0;
  if (!XML_DECLARATION.test(text)) {
    fail(0, 'the XML declaration is malformed (<?xml version="1.0" encoding="…"?>)');
  }
  return XML_DECLARATION.lastIndex;
}

/**
 * What may follow the name of a document type declaration: `SYSTEM "…"` or
 * `PUBLIC "…" "…"`, and `>`. No internal subset: `guard.ts` has refused
 * those before parsing.
 */
const DOCTYPE_REST = new RegExp(
  '(?:[ \\t\\n\\r]+(?:SYSTEM[ \\t\\n\\r]+(?:"[^"]*"|\'[^\']*\')' +
    "|PUBLIC[ \\t\\n\\r]+(?:\"[- \\n\\ra-zA-Z0-9'()+,./:=?;!*#@$_%]*\"|'[- \\n\\ra-zA-Z0-9()+,./:=?;!*#@$_%]*')" +
    '[ \\t\\n\\r]+(?:"[^"]*"|\'[^\']*\')))?[ \\t\\n\\r]*>',
  'y',
);

/** Skips the document type declaration at `at` (`<!DOCTYPE name …>`). */
export function skipDoctype(text: string, at: number, fail: Fail): number {
  const nameStart = skipSpace(text, at + '<!DOCTYPE'.length);
  const end = nameEnd(text, nameStart);
  DOCTYPE_REST.lastIndex = end;
  if (nameStart === at + '<!DOCTYPE'.length || end === nameStart || !DOCTYPE_REST.test(text)) {
    fail(at, 'the document type declaration is malformed (<!DOCTYPE name SYSTEM "…">)');
  }
  return DOCTYPE_REST.lastIndex;
}

/** Skips the comment at `at` (`<!--` already seen); `--` may not occur inside (§2.5). */
export function skipComment(text: string, at: number, fail: Fail): number {
  const dashes = text.indexOf('--', at + 4);
  if (dashes === -1) fail(at, 'a comment is never closed (missing -->)');
  if (text.charCodeAt(dashes + 2) !== 0x3e) fail(dashes, '"--" is not allowed inside a comment');
  return dashes + 3;
}

/** Skips the processing instruction at `at` (`<?` already seen), which may not be named xml. */
export function skipProcessingInstruction(text: string, at: number, fail: Fail): number {
  const end = nameEnd(text, at + 2);
  if (end === at + 2) fail(at, 'a processing instruction has no target name');
  if (end - at - 2 === 3 && text.slice(at + 2, end).toLowerCase() === 'xml') {
    fail(at, 'the XML declaration is allowed only at the very start of the document');
  }
  const close = text.indexOf('?>', end);
  if (close === -1) fail(at, 'a processing instruction is never closed (missing ?>)');
  const next = text.charCodeAt(end);
  if (close !== end && !(next === 0x20 || next === 0x0a || next === 0x09 || next === 0x0d)) {
    fail(end, 'the target of a processing instruction must be followed by white space or ?>');
  }
  return close + 2;
}

/**
 * Skips white space, comments, PIs (and, in the prolog, one DOCTYPE) from
 * `from`; returns where something else starts: the root's `<`, text, or
 * the end.
 */
export function skipMisc(text: string, from: number, prolog: boolean, fail: Fail): number {
  let at = from;
  let doctype = false;
  for (;;) {
    at = skipSpace(text, at);
    if (text.charCodeAt(at) !== 0x3c) return at;
    const next = text.charCodeAt(at + 1);
    if (next === 0x3f) at = skipProcessingInstruction(text, at, fail);
    else if (text.startsWith('<!--', at)) at = skipComment(text, at, fail);
    else if (prolog && !doctype && text.startsWith('<!DOCTYPE', at)) {
      at = skipDoctype(text, at, fail);
      doctype = true;
    } else if (next === 0x21) {
      fail(at, prolog ? 'unexpected <! before the root element' : 'unexpected <! after the root');
    } else return at;
  }
}
