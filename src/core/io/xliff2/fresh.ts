/**
 * The skeleton of a new XLIFF 2.1 file for a project that did not come from
 * one: one `<file>`, a `<unit>` per paragraph, a `<segment>` per aligned
 * unit, sources and targets left empty for the writer to fill.
 *
 * Why 2.1: its core schema (`xliff_core_2.0.xsd`, shared by 2.0 and 2.1)
 * and namespace are what every XLIFF 2 tool reads, and the file validates
 * offline with xmllint; the XLIFF 2.2 schema moves the core to a new
 * namespace and imports `xml.xsd` from the network.
 */
import type { Project } from '../../model/project.ts';
import { segmentsFromDocument } from '../segments.ts';
import type { XmlElement } from '../xml/index.ts';
import type { Xliff2Data } from './model.ts';
import { XLIFF2_NS } from './namespaces.ts';

function element(
  name: string,
  attributes: Record<string, string>,
  children: XmlElement['children'] = [],
): XmlElement {
  return { name, attributes, children, offset: 0 };
}

/** A fresh record for `project`. */
export function freshData(project: Project): Xliff2Data {
  const pairs = segmentsFromDocument(project.document);
  const units: XmlElement[] = [];
  const segments: Xliff2Data['segments'] = [];
  pairs.forEach((pair, index) => {
    if (pair.paragraphStart !== false || units.length === 0) {
      units.push(element('unit', { id: `u${units.length + 1}` }));
    }
    const segment = element('segment', { id: `s${index + 1}` }, [element('source', {})]);
    units[units.length - 1]?.children.push(segment);
    segments.push({ unit: index, target: null });
  });
  const root = element(
    'xliff',
    {
      xmlns: XLIFF2_NS,
      version: '2.1',
      srcLang: project.document.source ? 'zh' : 'und',
      trgLang: 'en',
    },
    [element('file', { id: 'f1', original: project.targetFileName ?? project.name }, units)],
  );
  return { kind: 'xliff2', root, segments };
}
