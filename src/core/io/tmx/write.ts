/**
 * Writing the TMX model as a file: UTF-8, declared, with the DOCTYPE of its
 * version, two-space indentation between structural elements and none
 * inside `<seg>`, where whitespace is content. Reading the output with
 * `readTmx` gives back the same model (for content in canonical form, see
 * `normalizeInline`). Characters XML 1.0 cannot carry at all become U+FFFD.
 */
import { escapeXmlAttribute, escapeXmlText } from '../xml/entities.ts';
import type { InlineContent, Tmx, TmxHeader, TmxNote, TmxProp, Tu, Tuv } from './model.ts';

/** Serialises a TMX document. */
export function writeTmx(tmx: Tmx): string {
  const tmx11 = tmx.version.startsWith('1.1');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!DOCTYPE tmx SYSTEM "${tmx11 ? 'tmx11.dtd' : 'tmx14.dtd'}">`,
    `<tmx${attributes({ version: tmx.version })}>`,
    ...header(tmx.header),
    '  <body>',
    ...tmx.units.flatMap((tu) => unit(tu, tmx11)),
    '  </body>',
    '</tmx>',
  ];
  return lines.join('\n') + '\n';
}

function attributes(record: Readonly<Record<string, string>>): string {
  return Object.entries(record)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(value)}"`)
    .join('');
}

/** An element that holds only children elements, indented, or self-closed when it has none. */
function container(
  name: string,
  attrs: Record<string, string>,
  inner: string[],
  indent: string,
): string[] {
  const open = `${indent}<${name}${attributes(attrs)}`;
  return inner.length === 0 ? [`${open}/>`] : [`${open}>`, ...inner, `${indent}</${name}>`];
}

function annotations(
  notes: readonly TmxNote[],
  props: readonly TmxProp[],
  indent: string,
): string[] {
  const element = (name: string) => (item: TmxNote | TmxProp) =>
    `${indent}<${name}${attributes(item.attributes)}>${escapeXmlText(item.text)}</${name}>`;
  return [...notes.map(element('note')), ...props.map(element('prop'))];
}

function header(value: TmxHeader): string[] {
  const udes = value.udes.flatMap((ude) =>
    container(
      'ude',
      ude.attributes,
      ude.maps.map((map) => `      <map${attributes(map)}/>`),
      '    ',
    ),
  );
  return container(
    'header',
    value.attributes,
    [...annotations(value.notes, value.props, '    '), ...udes],
    '  ',
  );
}

function unit(tu: Tu, tmx11: boolean): string[] {
  const inner = [
    ...annotations(tu.notes, tu.props, '      '),
    ...tu.variants.flatMap((tuv) => variant(tuv, tmx11)),
  ];
  return container('tu', tu.attributes, inner, '    ');
}

function variant(tuv: Tuv, tmx11: boolean): string[] {
  // A 1.1 variant that also kept a `lang` attribute was read from a file
  // carrying both; writing the language as xml:lang reads back the same.
  const key = tmx11 && !Object.hasOwn(tuv.attributes, 'lang') ? 'lang' : 'xml:lang';
  const lang = { [key]: tuv.lang };
  return container(
    'tuv',
    { ...lang, ...tuv.attributes },
    [...annotations(tuv.notes, tuv.props, '        '), `        <seg>${inline(tuv.content)}</seg>`],
    '      ',
  );
}

/** Segment content as XML: text escaped, inline elements with their attributes and content. */
export function inline(content: readonly InlineContent[]): string {
  return content
    .map((item) => {
      if (typeof item === 'string') return escapeXmlText(item);
      const open = `<${item.kind}${attributes(item.attrs)}`;
      return item.content.length === 0
        ? `${open}/>`
        : `${open}>${inline(item.content)}</${item.kind}>`;
    })
    .join('');
}
