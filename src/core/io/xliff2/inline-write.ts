/**
 * Writing a side's text back as XLIFF 2 inline content: placeholders become
 * their codes again, and flags become ITS quality markers. `<pc>` and
 * `<mrk>` pairs, and flags, are elements when they nest; a pair an edit
 * broke apart becomes `<sc/>…<ec/>` (`<sm/>…<em/>`), and a flag that
 * crosses a code boundary becomes `<sm/>…<em/>`, as XLIFF 2 provides.
 */
import { findCode, isCodeCharAt, type UnitCodes } from '../../model/inline-code.ts';
import { elementSpans } from '../its/index.ts';
import type { XmlElement, XmlNode } from '../xml/index.ts';
import { codeData, type Xliff2CodeData } from './model.ts';

/** A flag to mark: its span in the text and the marker's attributes (names as written). */
export interface FlagMarker {
  start: number;
  end: number;
  /** The marker's id, unique in the unit. */
  id: string;
  attributes: Record<string, string>;
}

interface Span {
  start: number;
  end: number;
  element: XmlElement;
}

/** Attributes of `<sc>`/`<ec>` for a `<pc>` written as a pair. */
function splitPc(
  attributes: Record<string, string>,
): [Record<string, string>, Record<string, string>] {
  const start: Record<string, string> = {};
  const end: Record<string, string> = { startRef: attributes.id ?? '' };
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'dataRefEnd') end.dataRef = value;
    else if (name === 'equivEnd') end.equiv = value;
    else if (name === 'dispEnd') end.disp = value;
    else if (name === 'subFlowsEnd') end.subFlows = value;
    else if (name === 'dataRefStart') start.dataRef = value;
    else if (name === 'equivStart') start.equiv = value;
    else if (name === 'dispStart') start.disp = value;
    else if (name === 'subFlowsStart') start.subFlows = value;
    else start[name] = value;
  }
  return [start, end];
}

/** The element a code stands for, as a point (`<ph/>`, `<sc/>`, `<em/>`…). */
function pointElement(data: Xliff2CodeData, prefix: string, offset: number): XmlElement {
  const element = (name: string, attributes: Record<string, string>): XmlElement => ({
    name: prefix + name,
    attributes,
    children: [],
    offset,
  });
  switch (data.kind) {
    case 'pc':
      return element('sc', splitPc(data.attributes)[0]);
    case 'pc-end':
      return element('ec', { startRef: data.attributes.id ?? '' });
    case 'mrk':
      return element('sm', data.attributes);
    case 'mrk-end':
      return element('em', { startRef: data.attributes.id ?? '' });
    default:
      return { name: data.name, attributes: data.attributes, children: [], offset };
  }
}

/** The inline content of `text` with `codes` and `flags`; `prefix` is the core prefix (`''`, `xlf:`). */
export function writeInline(
  text: string,
  codes: UnitCodes | undefined,
  flags: readonly FlagMarker[],
  prefix: string,
): XmlNode[] {
  const dataAt = new Map<number, Xliff2CodeData>();
  for (let i = 0; i < text.length; i++) {
    if (!isCodeCharAt(text, i)) continue;
    const data = codeData(findCode(codes, text.charAt(i))?.data);
    if (data) dataAt.set(i, data);
  }
  // Pairs that could be elements: an opening pc/mrk and the next close of the same id.
  const spans: Span[] = [];
  const paired = new Set<number>();
  for (const [open, data] of dataAt) {
    if (data.kind !== 'pc' && data.kind !== 'mrk') continue;
    const endKind = data.kind === 'pc' ? 'pc-end' : 'mrk-end';
    for (let i = open + 1; i < text.length; i++) {
      const other = dataAt.get(i);
      if (other?.kind === endKind && other.attributes.id === data.attributes.id && !paired.has(i)) {
        spans.push({
          start: open,
          end: i + 1,
          element: { name: data.name, attributes: data.attributes, children: [], offset: 0 },
        });
        paired.add(open).add(i);
        break;
      }
    }
  }
  const flagSpans: Span[] = flags.map((flag) => ({
    start: flag.start,
    end: flag.end,
    element: {
      name: `${prefix}mrk`,
      attributes: { id: flag.id, ...flag.attributes },
      children: [],
      offset: 0,
    },
  }));
  const all = [...spans, ...flagSpans];
  const ok = elementSpans(all);
  const elements = all.filter((_, k) => ok[k]);
  // Pairs and flags that cannot be elements are written as points.
  const points = new Map<number, XmlElement[]>();
  const addPoint = (at: number, element: XmlElement): void => {
    const list = points.get(at);
    if (list) list.push(element);
    else points.set(at, [element]);
  };
  all.forEach((span, k) => {
    if (ok[k]) return;
    if (k >= spans.length) {
      const { id, ...attributes } = span.element.attributes;
      addPoint(span.start, {
        name: `${prefix}sm`,
        attributes: { id: id ?? '', ...attributes },
        children: [],
        offset: 0,
      });
      addPoint(span.end, {
        name: `${prefix}em`,
        attributes: { startRef: id ?? '' },
        children: [],
        offset: 0,
      });
    } else {
      paired.delete(span.start);
      paired.delete(span.end - 1);
    }
  });
  elements.sort((a, b) => a.start - b.start || b.end - a.end);
  const root: XmlElement = { name: '', attributes: {}, children: [], offset: 0 };
  const stack: { span: Span | null; element: XmlElement }[] = [{ span: null, element: root }];
  const top = (): XmlElement => stack[stack.length - 1]?.element ?? root;
  const emit = (node: XmlNode): void => {
    const children = top().children;
    const last = children[children.length - 1];
    if (typeof node === 'string' && typeof last === 'string')
      children[children.length - 1] = last + node;
    else children.push(node);
  };
  let next = 0;
  for (let p = 0; p <= text.length; p++) {
    while (stack.length > 1 && stack[stack.length - 1]?.span?.end === p) stack.pop();
    for (const point of points.get(p) ?? []) if (point.name.endsWith('em')) emit(point);
    while (next < elements.length && elements[next]?.start === p) {
      const span = elements[next++] as Span;
      const element: XmlElement = { ...span.element, children: [] };
      emit(element);
      stack.push({ span, element });
    }
    for (const point of points.get(p) ?? []) if (!point.name.endsWith('em')) emit(point);
    if (p === text.length) break;
    const data = dataAt.get(p);
    if (!data) emit(text.charAt(p));
    else if (!paired.has(p)) emit(pointElement(data, prefix, 0));
  }
  return root.children;
}
