/**
 * One side of an import (the Chinese source or the English MT) as the dialog
 * holds it: text from a file or a paste, or the problem that stopped it.
 * Files are decoded and normalised as soon as they are chosen, so a bad file
 * is reported before the person fills in the rest.
 */
import { DecodeError, MAX_TEXT_FILE_BYTES, decodeText } from '../../core/io/decode.ts';
import type { BinaryKind, DecodeErrorCode } from '../../core/io/decode.ts';
import { normalizeText } from '../../core/text/normalize.ts';

/** Text for one side; `fileName` is `null` for pasted text. */
export interface SideText {
  text: string;
  fileName: string | null;
}

/** Why a side has no usable text. */
export type SideProblem =
  | {
      kind: 'decode';
      code: DecodeErrorCode;
      fileName: string;
      size: number;
      offset?: number;
      binaryKind?: BinaryKind;
    }
  | { kind: 'unreadable'; fileName: string; detail: string }
  | { kind: 'paste-too-large' };

/** A side of the import dialog. */
export interface SideState {
  value: SideText | null;
  problem: SideProblem | null;
  /** A file is being read. */
  reading: boolean;
}

/** A side with nothing in it yet. */
export const EMPTY_SIDE: SideState = { value: null, problem: null, reading: false };

/** The outcome of reading a chosen or dropped file. */
export type FileReadResult = { ok: true; value: SideText } | { ok: false; problem: SideProblem };

/** Read, decode and normalise `file`. Never throws: every failure is a `SideProblem` naming the file. */
export async function readSideFile(file: File): Promise<FileReadResult> {
  // Refuse an oversized file before reading it: holding a gigabyte in memory
  // only to be told it is too large is how a tab crashes.
  if (file.size > MAX_TEXT_FILE_BYTES) {
    return {
      ok: false,
      problem: { kind: 'decode', code: 'too-large', fileName: file.name, size: file.size },
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    // The file vanished or permission was revoked between choosing and reading.
    return {
      ok: false,
      problem: { kind: 'unreadable', fileName: file.name, detail: String(error) },
    };
  }
  try {
    return {
      ok: true,
      value: { text: normalizeText(decodeText(bytes, file.name)), fileName: file.name },
    };
  } catch (error) {
    if (!(error instanceof DecodeError)) {
      return {
        ok: false,
        problem: { kind: 'unreadable', fileName: file.name, detail: String(error) },
      };
    }
    const problem: SideProblem = {
      kind: 'decode',
      code: error.code,
      fileName: file.name,
      size: file.size,
    };
    if (error.offset !== undefined) problem.offset = error.offset;
    if (error.binaryKind !== undefined) problem.binaryKind = error.binaryKind;
    return { ok: false, problem };
  }
}

/** Whether the side has text that is not just whitespace. */
export function hasText(side: SideState): boolean {
  return side.value !== null && side.value.text.trim() !== '';
}
