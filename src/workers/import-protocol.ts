/**
 * Messages between the app and the import worker. A read request carries
 * the picked or dropped file itself (a `Blob` is passed by reference, not
 * copied), so reading, decoding and parsing all happen off the main thread.
 *
 * The worker keeps what it read and answers with a summary only (names,
 * sizes, warnings): the person chooses from that. A commit request then
 * has the worker store the chosen projects in IndexedDB and send the one
 * to open to the page in parts (`import-transfer.ts`), so that no single
 * message is a project of a 50 MB file to clone on the main thread.
 * Answers carry the request's id.
 */
import type { InterchangeFormatId } from '../core/io/format.ts';
import type { ImportErrorCode, ImportLocation, ImportWarning } from '../core/io/import-error.ts';
import type { ProjectSummary } from '../store/db.ts';
import type { ProjectPart } from './import-transfer.ts';

/** Which of the drafts read to import: all of them, or the one at this index. */
export type DraftChoice = 'all' | number;

/** Read this file, and keep what it holds for a commit. */
export interface ReadRequest {
  type: 'read';
  id: number;
  file: Blob;
  fileName: string;
  /** Read a file that breaks its format's rules as far as it can be read (`ReadOptions.lenient`). */
  lenient?: boolean;
}

/** Store what the last read held (the drafts `choice` picks) and send the last one. */
export interface CommitRequest {
  type: 'commit';
  id: number;
  choice: DraftChoice;
  /** The id of each project made, in draft order. */
  ids: string[];
  /** The projects' creation time, ISO 8601. */
  now: string;
}

/** A request to the import worker. */
export type ImportRequest = ReadRequest | CommitRequest;

/** What the stage of a read is, in the order they come. */
export type ImportStage = 'load' | 'decode' | 'parse' | 'send';

/** A project the file would make, for the person to choose from. */
export interface DraftSummary {
  name: string;
  units: number;
  /** Flags not deleted. */
  flags: number;
}

/** What the file turned out to be. */
export type ImportOutcome =
  | {
      kind: 'interchange';
      format: InterchangeFormatId;
      drafts: DraftSummary[];
      warnings: ImportWarning[];
    }
  /** A Duizhao project file, read and checked. */
  | { kind: 'project'; project: DraftSummary }
  /** A Duizhao review file: flags without text, for the open project's review import. */
  | { kind: 'review' }
  /** No format recognised it: plain text for the source/MT fields. */
  | { kind: 'plain' };

/** An `ImportError` (or an unexpected failure, code `internal`) as it crosses to the app. */
export interface ImportFailure {
  code: ImportErrorCode | 'internal';
  problem: string;
  location: ImportLocation;
}

/** An answer from the worker. */
export type ImportResponse =
  | { id: number; type: 'progress'; stage: ImportStage; fraction: number }
  | { id: number; type: 'done'; outcome: ImportOutcome }
  /** One part of the project to open (commit). */
  | { id: number; type: 'part'; part: ProjectPart }
  /** The commit is stored: every project saved, the last one the project sent in parts. */
  | { id: number; type: 'committed'; saved: ProjectSummary[] }
  | { id: number; type: 'failed'; failure: ImportFailure };
