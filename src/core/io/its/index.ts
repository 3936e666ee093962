/**
 * What both XLIFF formats share for writing a review into a file: ITS
 * Localization Quality Issue values for flags, and which flag spans can be
 * elements and which must be split markers.
 */
export {
  categoryOfItsType,
  DUIZHAO_NS,
  ITS_ISSUE_TYPES,
  ITS_NS,
  itsIssueAttributes,
  itsScoreOf,
  itsTypeOf,
  LQI_ATTRIBUTES,
  severityOfItsScore,
  type ItsIssueType,
} from './lqi.ts';
export { elementSpans, nests, type MarkerSpan } from './markers.ts';
