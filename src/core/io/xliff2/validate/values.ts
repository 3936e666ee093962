/**
 * Checks of attribute values by XML Schema datatype or XLIFF enumeration.
 * A check returns what is wrong with the value (to follow the attribute's
 * name in a message) or `undefined` when the value is fine.
 */

/** A value check: a phrase such as `is not an NMTOKEN`, or `undefined`. */
export type Check = (value: string) => string | undefined;

const NAME_CHARS = /^[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}._:\-\u00B7]+$/u;

/** The common case of NAME_CHARS, tested first: a Unicode-aware pattern is slower. */
const ASCII_NAME_CHARS = /^[\w.:-]+$/;

/** xs:NMTOKEN: one or more XML name characters. */
export const nmtoken: Check = (v) =>
  ASCII_NAME_CHARS.test(v) || NAME_CHARS.test(v)
    ? undefined
    : `"${v}" is not an NMTOKEN (letters, digits, . - _ :)`;

/** xs:NMTOKENS: a space-separated list of NMTOKENs. */
export const nmtokens: Check = (v) => {
  const parts = v.split(' ').filter(Boolean);
  if (parts.length === 0) return 'is empty (a list of NMTOKENs)';
  return parts.map(nmtoken).find(Boolean);
};

/** An enumeration. */
export function oneOf(...allowed: string[]): Check {
  const set = new Set(allowed);
  return (v) => (set.has(v) ? undefined : `"${v}" is not one of ${allowed.join(', ')}`);
}

/** XLIFF yes/no. */
export const yesNo = oneOf('yes', 'no');
/** XLIFF yes/firstNo/no (canReorder). */
export const yesNoFirstNo = oneOf('yes', 'firstNo', 'no');
/** Directionality. */
export const dir = oneOf('ltr', 'rtl', 'auto');
/** Anything (string-typed attributes). */
export const anyString: Check = () => undefined;

/** xs:positiveInteger. */
export const positiveInteger: Check = (v) =>
  /^\+?0*[1-9]\d*$/.test(v) ? undefined : `"${v}" is not a positive integer`;

/** xs:decimal within 0–100 (match similarity and quality). */
export const percentage: Check = (v) => {
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(v)) return `"${v}" is not a decimal number`;
  const n = Number(v);
  return n >= 0 && n <= 100 ? undefined : `"${v}" is not between 0 and 100`;
};

/** A user-defined value `prefix:value` (type, subType, subState). */
export const userDefined: Check = (v) =>
  /^[^\s:]+:[^\s:]+$/.test(v) ? undefined : `"${v}" is not of the form prefix:value`;

/** An anyURI: no whitespace other than spaces XML Schema tolerates inside. */
export const anyUri: Check = (v) => (/\s/.test(v.trim()) ? `"${v}" is not a URI` : undefined);

/**
 * A language tag well-formed by BCP 47 (xs:language is looser, but XLIFF
 * requires BCP 47): language (2–8 letters, extlangs), script, region,
 * variants, extensions, private use; or a private-use or grandfathered tag.
 */
const BCP47 = new RegExp(
  '^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})' +
    '(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\\d{3}))?' +
    '(?:-(?:[a-z\\d]{5,8}|\\d[a-z\\d]{3}))*' +
    '(?:-[\\da-wy-z](?:-[a-z\\d]{2,8})+)*' +
    '(?:-x(?:-[a-z\\d]{1,8})+)?' +
    '|x(?:-[a-z\\d]{1,8})+|i-[a-z]{2,8}(?:-[a-z]{2,8})?)$',
  'i',
);

/** A BCP 47 language tag (the empty value is allowed on `xml:lang` only). */
export const language: Check = (v) =>
  BCP47.test(v) ? undefined : `"${v}" is not a well-formed BCP 47 language tag`;

/** xs:hexBinary: an even number of hexadecimal digits. */
export const hexBinary: Check = (v) =>
  /^(?:[0-9a-fA-F]{2})+$/.test(v) ? undefined : `"${v}" is not hexadecimal`;
