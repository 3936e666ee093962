/**
 * MQM TSV (Google's Anthea and MQM Viewer, the WMT MQM releases, the WMT
 * 2022 QE spans): read a file, turn each system's annotations into a
 * project with flags, and write a project's flags back. The app and the
 * CLI go through `mqmTsvFormat` (`format.ts`).
 */
export type { MqmDialect, MqmFile, MqmRow } from './model.ts';
export {
  readMetadata,
  writeMetadata,
  type MqmAttentionCheck,
  type MqmCleanMark,
  type MqmFlagOrigin,
  type MqmProject,
  type MqmKeptRow,
  type MqmSegmentRef,
} from './project.ts';
export { isMqmTsv, MAX_MQM_CHARS, readMqmTsv, type MqmReadOptions } from './read.ts';
export { mark, unmark, type UnmarkedField } from './spans.ts';
export { mqmToProjects, type MqmProjectOptions } from './to-projects.ts';
export { mapCategory, readSeverity, writeSeverity, type SeverityReading } from './vocabulary.ts';
export { writeMqmTsv, type MqmWriteOptions } from './write.ts';
export { mqmTsvFormat } from './format.ts';
export type { MqmRecord } from './record.ts';
