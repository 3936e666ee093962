/**
 * Flags as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/),
 * so other annotation tools can read a review: each flag becomes an
 * Annotation whose target is the flagged words of one side of the document,
 * and whose bodies are the comment, the category, the severity and the
 * suggested fix.
 *
 * Positions: the model leaves the unit of TextPositionSelector offsets open
 * (w3c/web-annotation#206); like the Hypothesis client we count UTF-16 code
 * units, and say so in the collection's label. Offsets are converted from
 * the flag's unit to the whole side text, which is what a reader of the
 * annotations has.
 */
import type { BilingualDocument, Side } from '../model/document.ts';
import type { Flag } from '../model/flag.ts';

/** Options of `toWebAnnotations`. */
export interface WebAnnotationOptions {
  /** `documentHash(source, target)`: names the texts the annotations target. */
  documentHash: string;
  /**
   * IRI of one side's text. Defaults to `urn:duizhao:<hash>:<side>`, which
   * identifies the text by content without claiming a location.
   */
  sideIri?: (side: Side) => string;
  /** Include flags their author deleted. Default false: a deletion retracts the flag. */
  includeDeleted?: boolean;
  /** A label for the collection, e.g. the project name. */
  label?: string;
}

/** A JSON-LD value. */
type JsonLd = Record<string, unknown>;

/**
 * An AnnotationCollection with one page holding an Annotation per flag.
 * `motivation` is `editing` for a flag with a suggested replacement and
 * `assessing` otherwise.
 */
export function toWebAnnotations(
  flags: Iterable<Flag>,
  document: BilingualDocument,
  opts: WebAnnotationOptions,
): JsonLd {
  const iri = opts.sideIri ?? ((side: Side) => `urn:duizhao:${opts.documentHash}:${side}`);
  const items = [...flags]
    .filter((flag) => opts.includeDeleted || flag.status !== 'deleted')
    .map((flag) => annotation(flag, document, iri));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: `${opts.label ?? 'Duizhao review'} (text positions in UTF-16 code units)`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

function annotation(flag: Flag, document: BilingualDocument, iri: (side: Side) => string): JsonLd {
  const body: JsonLd[] = [];
  if (flag.comment) body.push(textBody('commenting', flag.comment));
  body.push(textBody('classifying', flag.category));
  body.push(textBody('tagging', `severity:${flag.severity}`));
  if (flag.status !== 'open') body.push(textBody('tagging', `status:${flag.status}`));
  if (flag.suggestion !== null) body.push(textBody('editing', flag.suggestion));

  const { quote, side } = flag.anchor;
  const selector: JsonLd[] = [
    { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
  ];
  const position = documentPosition(flag, document);
  if (position) selector.push({ type: 'TextPositionSelector', ...position });

  return {
    id: `urn:uuid:${flag.id}`,
    type: 'Annotation',
    motivation: flag.suggestion !== null ? 'editing' : 'assessing',
    created: flag.createdAt,
    modified: flag.updatedAt,
    creator: { type: 'Person', name: flag.author.name, nickname: flag.author.role },
    generator: { type: 'Software', name: 'Duizhao' },
    body,
    target: { source: iri(side), selector },
  };
}

/** A plain-text body: `format` says so, so no reader treats a comment as HTML. */
function textBody(purpose: string, value: string): JsonLd {
  return { type: 'TextualBody', purpose, value, format: 'text/plain' };
}

/**
 * The flag's position in its whole side text, or `null` when it cannot be
 * given: the anchor is against a revision's text (not the text the IRI
 * names), or its unit no longer has that side.
 */
function documentPosition(
  flag: Flag,
  document: BilingualDocument,
): { start: number; end: number } | null {
  const { side, unit, version, position } = flag.anchor;
  if (version !== 'mt') return null;
  const range = document.alignment.units[unit]?.[side];
  if (!range || position.end > range.end - range.start) return null;
  return { start: range.start + position.start, end: range.start + position.end };
}
