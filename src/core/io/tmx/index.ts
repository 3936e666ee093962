/**
 * TMX translation memories: read (1.4b and 1.1, any encoding XML allows),
 * write (1.4, UTF-8), and convert to and from a project's segment pairs. The
 * CLI's `import x.tmx` and `export --to tmx` go through here.
 */
export {
  inlineText,
  normalizeInline,
  INLINE_KINDS,
  type InlineContent,
  type InlineElement,
  type InlineKind,
  type Tmx,
  type TmxHeader,
  type TmxNote,
  type TmxProp,
  type TmxUde,
  type Tu,
  type Tuv,
} from './model.ts';
export { readTmx, MAX_TMX_BYTES, type TmxReadOptions, type TmxReadResult } from './read.ts';
export {
  matchesLanguage,
  tmxDate,
  tmxFromSegments,
  tmxToSegments,
  type LanguagePattern,
  type TmxExportOptions,
  type TmxLanguages,
  type TmxSegment,
  type TmxSegments,
} from './segments.ts';
export { writeTmx } from './write.ts';
