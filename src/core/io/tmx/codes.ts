/**
 * TMX inline codes as placeholder characters (`model/inline-code.ts`) and
 * back.
 *
 * A native code (`<bpt>`, `<ept>`, `<it>`, `<ph>`, `<ut>`) is one character
 * whose table entry keeps the whole element, attributes and content (its
 * `<sub>` flows included), so writing puts it back exactly. `<hi>` (and a
 * stray top-level `<sub>`) is not a code but marks visible text: it becomes
 * an opening and a closing character around that text.
 *
 * Source and target share the characters of one unit: the n-th occurrence
 * of an element on one side and the n-th occurrence of an identical element
 * on the other are the same code. Identity is the whole element, since one
 * table entry writes back one element. Characters are taken from U+E000 up,
 * skipping any Private Use character the unit's text itself contains, which
 * stays ordinary text.
 */
import {
  codeChar,
  FIRST_CODE_POINT,
  LAST_CODE_POINT,
  type InlineCode,
  type InlineCodeRole,
  type UnitCodes,
} from '../../model/inline-code.ts';
import { inlineText, normalizeInline, type InlineContent, type InlineElement } from './model.ts';

/**
 * What a TMX code's table entry holds: a native code element, or one edge
 * of a `<hi>`/`<sub>` span with the span's attributes.
 */
export type TmxCodeData =
  | { element: InlineElement }
  | { wrapper: 'hi' | 'sub'; edge: 'open' | 'close'; attrs: Record<string, string> };

/** Longest label and title kept in a code's table entry (the schema allows more; the UI needs less). */
const MAX_LABEL = 200;

const clip = (text: string): string => (text.length > MAX_LABEL ? text.slice(0, MAX_LABEL) : text);

/** Whether an element marks visible text rather than standing for a code. */
function isWrapper(element: InlineElement): element is InlineElement & { kind: 'hi' | 'sub' } {
  return element.kind === 'hi' || element.kind === 'sub';
}

/** Private Use characters that the visible text of `contents` holds literally. */
function literalCodeChars(contents: readonly (readonly InlineContent[])[]): Set<string> {
  const used = new Set<string>();
  for (const content of contents) {
    const text = inlineText(content, 'visible');
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= FIRST_CODE_POINT && unit <= LAST_CODE_POINT) used.add(text.charAt(i));
    }
  }
  return used;
}

function roleOf(element: InlineElement): InlineCodeRole {
  if (element.kind === 'bpt') return 'open';
  if (element.kind === 'ept') return 'close';
  if (element.kind === 'it') {
    return element.attrs.pos === 'begin'
      ? 'open'
      : element.attrs.pos === 'end'
        ? 'close'
        : 'standalone';
  }
  return 'standalone';
}

function labelOf(element: InlineElement): string {
  const { i, x } = element.attrs;
  if (element.kind === 'bpt') return i ?? x ?? 'bpt';
  if (element.kind === 'ept') return `/${i ?? ''}`;
  return x ?? element.kind;
}

/** The texts of one unit's two sides with placeholders, and the unit's code table. */
export interface UnitPlaceholders {
  texts: string[];
  codes: UnitCodes;
}

/**
 * The text of each of `contents` (the unit's source, then target) with its
 * codes as placeholder characters, and the table of those characters.
 */
export function placeholdersOf(contents: readonly (readonly InlineContent[])[]): UnitPlaceholders {
  const used = literalCodeChars(contents);
  const codes: InlineCode[] = [];
  const byKey = new Map<string, InlineCode>();
  let next = 0;
  const allocate = (key: string, make: (char: string) => Omit<InlineCode, 'char'>): string => {
    const known = byKey.get(key);
    if (known) return known.char;
    let char = codeChar(next++);
    while (used.has(char)) char = codeChar(next++);
    const code = { char, ...make(char) };
    byKey.set(key, code);
    codes.push(code);
    return char;
  };
  const texts = contents.map((content) => {
    const seen = new Map<string, number>();
    const occurrence = (key: string): string => {
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      return `${key}#${n}`;
    };
    const walk = (items: readonly InlineContent[]): string =>
      items
        .map((item) => {
          if (typeof item === 'string') return item;
          if (isWrapper(item)) {
            const attrs = JSON.stringify(item.attrs);
            const edge = (which: 'open' | 'close'): string =>
              allocate(occurrence(`${item.kind}:${which}:${attrs}`), () => ({
                role: which,
                label: which === 'open' ? item.kind : `/${item.kind}`,
                title: `<${which === 'open' ? '' : '/'}${item.kind}>`,
                data: { wrapper: item.kind, edge: which, attrs: { ...item.attrs } },
              }));
            return edge('open') + walk(item.content) + edge('close');
          }
          return allocate(occurrence(JSON.stringify(item)), () => ({
            role: roleOf(item),
            label: clip(labelOf(item)),
            title: clip(inlineText(item.content, 'native') || `<${item.kind}>`),
            data: { element: structuredClone(item) },
          }));
        })
        .join('');
    return walk(content);
  });
  return { texts, codes };
}

/** Whether `data` is a TMX code's (a project from elsewhere has codes of its own format). */
function tmxData(data: unknown): TmxCodeData | null {
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  const element = record.element as InlineElement | undefined;
  if (element && typeof element === 'object' && typeof element.kind === 'string') {
    return { element };
  }
  if ((record.wrapper === 'hi' || record.wrapper === 'sub') && typeof record.attrs === 'object') {
    return data as TmxCodeData;
  }
  return null;
}

/** A frame of the wrapper stack: the span's attributes and what it holds so far. */
interface Frame {
  element: InlineElement | null;
  content: InlineContent[];
}

/**
 * Segment content for `text`, whose placeholder characters are codes of
 * `codes`. TMX codes come back as they were read. A code of another format
 * becomes an empty `<it>` (open or close) or `<ph>`, numbered by its place
 * in the table, since TMX has no way to carry its markup. A closing
 * `<hi>` edge without an open one is dropped; an open one never closed
 * spans to the end, so a moved or deleted token still gives valid TMX.
 */
export function contentFromPlaceholders(
  text: string,
  codes: UnitCodes | undefined,
): InlineContent[] {
  const byChar = new Map((codes ?? []).map((code, index) => [code.char, { code, index }]));
  const stack: Frame[] = [{ element: null, content: [] }];
  const top = (): Frame => stack[stack.length - 1] as Frame;
  let run = '';
  const flush = (): void => {
    if (run) top().content.push(run);
    run = '';
  };
  const close = (): void => {
    const frame = stack.pop() as Frame;
    if (frame.element) top().content.push({ ...frame.element, content: frame.content });
  };
  for (const char of text) {
    const entry = byChar.get(char);
    if (!entry) {
      run += char;
      continue;
    }
    flush();
    const data = tmxData(entry.code.data);
    if (data && 'element' in data) {
      top().content.push(structuredClone(data.element));
    } else if (data) {
      if (data.edge === 'open') {
        stack.push({
          element: { kind: data.wrapper, attrs: { ...data.attrs }, content: [] },
          content: [],
        });
      } else if (stack.length > 1) {
        close();
      }
    } else {
      const x = String(entry.index + 1);
      const role = entry.code.role;
      top().content.push(
        role === 'standalone'
          ? { kind: 'ph', attrs: { x }, content: [] }
          : { kind: 'it', attrs: { pos: role === 'open' ? 'begin' : 'end', x }, content: [] },
      );
    }
  }
  flush();
  while (stack.length > 1) close();
  return normalizeInline(top().content);
}
