/**
 * TMX translation memories: read (1.4b and 1.1, any encoding XML allows),
 * write (1.4, UTF-8), and convert to and from a project's segment pairs.
 * The app and the CLI import and export through `tmxFormat` (`format.ts`),
 * which keeps inline codes as placeholder characters and the whole memory
 * as the project's record.
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
export { contentFromPlaceholders, placeholdersOf, type TmxCodeData } from './codes.ts';
export { tmxFormat } from './format.ts';
