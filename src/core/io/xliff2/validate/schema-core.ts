/**
 * Declarations of the XLIFF 2.x core elements (2.0 to 2.2), written from
 * the specification's schema: attributes, their types, content models.
 */
import { compile, type ElementDecl } from './schema.ts';
import {
  anyString as str,
  anyUri,
  dir,
  hexBinary,
  language,
  nmtoken,
  nmtokens,
  oneOf,
  positiveInteger,
  userDefined,
  yesNo,
  yesNoFirstNo,
} from './values.ts';

const space = oneOf('default', 'preserve');
const codeType = oneOf('fmt', 'ui', 'quote', 'link', 'image', 'other');
const mrkType = (v: string): string | undefined =>
  ['generic', 'comment', 'term'].includes(v) || userDefined(v) === undefined
    ? undefined
    : `"${v}" is not generic, comment, term or a prefix:value`;
const priority = (v: string): string | undefined =>
  positiveInteger(v) === undefined && Number(v) <= 10
    ? undefined
    : `"${v}" is not an integer from 1 to 10`;

const INLINE = '(?:(?:cp|ph|pc|sc|ec|mrk|sm|em) )*';
const common = { canCopy: yesNo, canDelete: yesNo, canReorder: yesNoFirstNo, copyOf: nmtoken };
const codeAttrs = { ...common, subType: userDefined, type: codeType };
const markerAttrs = { id: nmtoken, translate: yesNo, type: mrkType, ref: anyUri, value: str };
/** `group` and `unit` take the same attributes (the spec declares them alike). */
const containerAttrs = {
  id: nmtoken,
  name: str,
  canResegment: yesNo,
  translate: yesNo,
  srcDir: dir,
  trgDir: dir,
  type: userDefined,
};

const DECLS: Record<string, ElementDecl> = {
  xliff: {
    attrs: { version: oneOf('2.0', '2.1', '2.2'), srcLang: language, trgLang: language },
    xml: { space },
    required: ['version', 'srcLang'],
    other: true,
    model: '(?:notes )?(?:mda:metadata )?(?:file )+',
  },
  file: {
    attrs: {
      id: nmtoken,
      canResegment: yesNo,
      original: str,
      translate: yesNo,
      srcDir: dir,
      trgDir: dir,
    },
    xml: { space },
    required: ['id'],
    other: true,
    model: '(?:skeleton )?O*(?:notes )?(?:(?:unit|group) )+',
  },
  skeleton: { attrs: { href: str }, model: 'O*', mixed: true },
  group: {
    attrs: containerAttrs,
    xml: { space },
    required: ['id'],
    other: true,
    model: 'O*(?:notes )?(?:(?:unit|group) )*',
  },
  unit: {
    attrs: containerAttrs,
    xml: { space },
    required: ['id'],
    other: true,
    model: 'O*(?:notes )?(?:originalData )?(?:(?:segment|ignorable) )+',
  },
  segment: {
    attrs: {
      id: nmtoken,
      canResegment: yesNo,
      state: oneOf('initial', 'translated', 'reviewed', 'final'),
      subState: str,
    },
    model: 'source (?:target )?',
  },
  ignorable: { attrs: { id: nmtoken }, model: 'source (?:target )?' },
  notes: { model: '(?:note )+' },
  note: {
    attrs: {
      id: nmtoken,
      appliesTo: oneOf('source', 'target'),
      category: str,
      priority,
      ref: anyUri,
    },
    other: true,
    model: '',
    mixed: true,
  },
  originalData: { model: '(?:data )+' },
  data: {
    attrs: { id: nmtoken, dir },
    xml: { space: oneOf('preserve') },
    required: ['id'],
    model: '(?:cp )*',
    mixed: true,
  },
  source: { xml: { lang: language, space }, model: INLINE, mixed: true },
  target: {
    attrs: { order: positiveInteger },
    xml: { lang: language, space },
    model: INLINE,
    mixed: true,
  },
  cp: { attrs: { hex: hexBinary }, required: ['hex'], model: '' },
  ph: {
    attrs: {
      ...codeAttrs,
      disp: str,
      equiv: str,
      id: nmtoken,
      dataRef: nmtoken,
      subFlows: nmtokens,
    },
    required: ['id'],
    other: true,
    model: '',
  },
  pc: {
    attrs: {
      ...codeAttrs,
      canOverlap: yesNo,
      dispEnd: str,
      dispStart: str,
      equivEnd: str,
      equivStart: str,
      id: nmtoken,
      dataRefEnd: nmtoken,
      dataRefStart: nmtoken,
      subFlowsEnd: nmtokens,
      subFlowsStart: nmtokens,
      dir,
    },
    required: ['id'],
    other: true,
    model: INLINE,
    mixed: true,
  },
  sc: {
    attrs: {
      ...codeAttrs,
      canOverlap: yesNo,
      dataRef: nmtoken,
      dir,
      disp: str,
      equiv: str,
      id: nmtoken,
      isolated: yesNo,
      subFlows: nmtokens,
    },
    required: ['id'],
    other: true,
    model: '',
  },
  ec: {
    attrs: {
      ...codeAttrs,
      canOverlap: yesNo,
      dataRef: nmtoken,
      dir,
      disp: str,
      equiv: str,
      id: nmtoken,
      isolated: yesNo,
      startRef: nmtoken,
      subFlows: nmtokens,
    },
    other: true,
    model: '',
  },
  mrk: { attrs: markerAttrs, required: ['id'], other: true, model: INLINE, mixed: true },
  sm: { attrs: markerAttrs, required: ['id'], other: true, model: '' },
  em: { attrs: { startRef: nmtoken }, required: ['startRef'], model: '' },
};

/** The core declarations, compiled. */
export const CORE_DECLS = compile('xlf', DECLS);
