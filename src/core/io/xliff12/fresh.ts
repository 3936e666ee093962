/**
 * The skeleton of a fresh XLIFF 1.2 file for a project that did not come
 * from one: one `file`, a `group` per paragraph (restype
 * `x-duizhao-paragraph`, so reading it back keeps the paragraphs), a
 * `trans-unit` per unit with its source; the writer fills in the rest.
 */
import type { Project } from '../../model/project.ts';
import { segmentsFromDocument } from '../segments.ts';
import { renderSegment } from './inline-write.ts';
import { XLIFF12_NS } from './structure.ts';
import type { Xliff12Data } from './model.ts';
import type { XElement } from './tree.ts';

/** The record of a fresh file for `project`. */
export function freshRecord(project: Project): Xliff12Data {
  const pairs = segmentsFromDocument(project.document);
  const body: XElement = { n: 'body', a: {}, c: [] };
  let group: XElement | null = null;
  const notes = project.interchange?.notes ?? {};
  const codes = project.interchange?.codes ?? {};
  const context = { xliff: '', its: 'its', dz: 'dz', standoff: () => '' };
  pairs.forEach((pair, unit) => {
    if (pair.paragraphStart !== false || !group) {
      group = {
        n: 'group',
        a: { id: `p${body.c.length + 1}`, restype: 'x-duizhao-paragraph' },
        c: [],
      };
      body.c.push(group);
    }
    const transUnit: XElement = {
      n: 'trans-unit',
      a: { id: String(unit + 1) },
      c: [
        {
          n: 'source',
          a: {},
          c: renderSegment(pair.source ?? '', codes[String(unit)], [], context),
        },
      ],
    };
    for (const note of notes[String(unit)] ?? []) {
      const attributes: Record<string, string> = {};
      if (note.from) attributes.from = note.from;
      if (note.appliesTo) attributes.annotates = note.appliesTo;
      if (note.priority !== undefined && note.priority <= 10)
        attributes.priority = String(note.priority);
      transUnit.c.push({ n: 'note', a: attributes, c: note.text ? [note.text] : [] });
    }
    group.c.push(transUnit);
  });
  const file: XElement = {
    n: 'file',
    a: {
      original: project.sourceFileName ?? project.name,
      'source-language': 'zh-CN',
      'target-language': 'en',
      datatype: 'plaintext',
    },
    c: [body],
  };
  return {
    record: 1,
    root: { n: 'xliff', a: { version: '1.2', xmlns: XLIFF12_NS }, c: [file] },
    unitOfSegment: pairs.map((_, unit) => unit),
  };
}
