/**
 * Declarations of the module elements (Translation Candidates, Glossary,
 * Metadata, Resource Data, Change Tracking, Size and Length Restriction,
 * Validation) and of the module attributes that sit on core elements
 * (Format Style, Size and Length Restriction, ITS, Plural/Gender/Select).
 */
import { compile, type CompiledDecl, type ElementDecl } from './schema.ts';
import {
  anyString as str,
  anyUri,
  language,
  nmtoken,
  oneOf,
  percentage,
  positiveInteger,
  userDefined,
  yesNo,
  type Check,
} from './values.ts';

const normalization = oneOf('none', 'nfc', 'nfd');

const MODULES: Record<string, Record<string, ElementDecl>> = {
  mtc: {
    matches: { model: '(?:mtc:match )+' },
    match: {
      attrs: {
        id: nmtoken,
        matchQuality: percentage,
        matchSuitability: percentage,
        origin: str,
        ref: anyUri,
        reference: yesNo,
        similarity: percentage,
        subType: userDefined,
        type: oneOf('am', 'mt', 'icm', 'idm', 'tb', 'tm', 'other'),
      },
      required: ['ref'],
      other: true,
      model: '(?:mda:metadata )?(?:originalData )?source target O*',
    },
  },
  gls: {
    glossary: { model: '(?:gls:glossEntry )+' },
    glossEntry: {
      attrs: { id: nmtoken, ref: anyUri },
      other: true,
      model: 'gls:term (?:gls:translation )*(?:gls:definition )?O*',
    },
    term: { attrs: { source: str }, other: true, model: '', mixed: true },
    translation: {
      attrs: { id: nmtoken, ref: anyUri, source: str },
      other: true,
      model: '',
      mixed: true,
    },
    definition: { attrs: { source: str }, other: true, model: '', mixed: true },
  },
  mda: {
    metadata: { attrs: { id: nmtoken }, model: '(?:mda:metaGroup )+' },
    metaGroup: {
      attrs: { id: nmtoken, category: str, appliesTo: oneOf('source', 'target', 'ignorable') },
      model: '(?:(?:mda:metaGroup|mda:meta) )+',
    },
    meta: { attrs: { type: str }, required: ['type'], model: '', mixed: true },
  },
  res: {
    resourceData: {
      attrs: { id: nmtoken },
      model: '(?:res:resourceItemRef )*(?:res:resourceItem )*',
    },
    resourceItemRef: {
      attrs: { id: nmtoken, ref: nmtoken },
      required: ['ref'],
      other: true,
      model: '',
    },
    resourceItem: {
      attrs: { mimeType: str, id: nmtoken, context: yesNo },
      other: true,
      model: '(?:res:source )?(?:res:target )?(?:res:reference )*',
    },
    source: {
      attrs: { href: str },
      xml: { lang: language },
      other: true,
      model: 'O*',
      mixed: true,
    },
    target: {
      attrs: { href: str },
      xml: { lang: language },
      other: true,
      model: 'O*',
      mixed: true,
    },
    reference: {
      attrs: { href: str },
      xml: { lang: language },
      required: ['href'],
      other: true,
      model: '',
    },
  },
  ctr: {
    changeTrack: { model: '(?:ctr:revisions )+' },
    revisions: {
      attrs: { appliesTo: nmtoken, ref: nmtoken, currentVersion: nmtoken },
      required: ['appliesTo'],
      other: true,
      model: '(?:ctr:revision )+',
    },
    revision: {
      attrs: { author: str, datetime: str, version: nmtoken },
      other: true,
      model: '(?:ctr:item )+',
    },
    item: { attrs: { property: str }, required: ['property'], other: true, model: '', mixed: true },
  },
  slr: {
    profiles: {
      attrs: { generalProfile: str, storageProfile: str },
      model: '(?:slr:normalization )?O*',
    },
    normalization: { attrs: { general: normalization, storage: normalization }, model: '' },
    data: { attrs: { profile: str }, required: ['profile'], other: true, model: 'O*', mixed: true },
  },
  val: {
    validation: { other: true, model: '(?:val:rule )+' },
    rule: {
      attrs: {
        isPresent: str,
        occurs: positiveInteger,
        isNotPresent: str,
        startsWith: str,
        endsWith: str,
        existsInSource: yesNo,
        caseSensitive: yesNo,
        normalization,
        disabled: yesNo,
      },
      other: true,
      model: '',
    },
  },
};

/** Module element declarations by module key, then local name. */
export const MODULE_DECLS: ReadonlyMap<string, ReadonlyMap<string, CompiledDecl>> = new Map(
  Object.entries(MODULES).map(([key, decls]) => [key, compile(key, decls)]),
);

const FS_ELEMENTS = (
  'a b bdo big blockquote body br button caption center cite code col colgroup dd del div dl dt em ' +
  'h1 h2 h3 h4 h5 h6 head hr html i img label legend li ol p pre q s samp select small span strike ' +
  'strong sub sup table tbody td tfoot th thead title tr tt u ul'
).split(' ');

const integerOrPair = (v: string): string | undefined =>
  /^(?:\d+|\*)(?:,(?:\d+|\*))?$/.test(v) ? undefined : `"${v}" is not a size (n, * or min,max)`;

/**
 * Module attributes allowed on elements of other namespaces, by module key.
 * An attribute of one of these modules not listed here is unknown.
 */
export const MODULE_ATTRIBUTES: ReadonlyMap<string, Readonly<Record<string, Check>>> = new Map<
  string,
  Record<string, Check>
>([
  ['fs', { fs: oneOf(...FS_ELEMENTS), subFs: str }],
  [
    'slr',
    {
      equivStorage: str,
      sizeInfo: str,
      sizeInfoRef: nmtoken,
      sizeRestriction: integerOrPair,
      storageRestriction: integerOrPair,
    },
  ],
  ['itsm', { domains: str, lang: language }],
  ['pgs', { switch: str, case: str }],
]);
