/**
 * Review files in the browser: reading a chosen file against the open
 * document, with each refusal turned into a notice for the alert area.
 */
import {
  MAX_REVIEW_FILE_CHARS,
  readReviewFile,
  ReviewFileError,
} from '../../core/io/review-file.ts';
import type { ReviewFileContent } from '../../core/io/review-file.ts';
import type { Notice } from '../app/notice.ts';

/** The outcome of reading a chosen review file. */
export type ReviewFileResult =
  { ok: true; content: ReviewFileContent } | { ok: false; notice: Notice };

/**
 * Read `file` as a review file of the document hashed `expectedHash`. A
 * file for another document, a malformed or hostile one, is refused with a
 * notice naming the file and the reason.
 */
export async function readChosenReviewFile(
  file: File,
  expectedHash: string,
): Promise<ReviewFileResult> {
  const fail = (key: string, values: Record<string, string> = {}): ReviewFileResult => ({
    ok: false,
    notice: {
      key: `flags:reviewFile.${key}`,
      values: { file: file.name, ...values },
      tone: 'error',
    },
  });
  // Each UTF-16 unit takes at most three UTF-8 bytes: refuse before reading.
  if (file.size > MAX_REVIEW_FILE_CHARS * 3) return fail('tooLarge');
  let json: string;
  try {
    json = await file.text();
  } catch (error) {
    return fail('unreadable', { detail: error instanceof Error ? error.message : String(error) });
  }
  try {
    return { ok: true, content: readReviewFile(json, expectedHash) };
  } catch (error) {
    if (!(error instanceof ReviewFileError)) throw error;
    switch (error.code) {
      case 'wrong-document':
        return fail('wrongDocument');
      case 'too-large':
        return fail('tooLarge');
      case 'not-json':
        return fail('notJson');
      case 'wrong-format':
      case 'unsupported-version':
      case 'invalid':
        return fail('invalid', { detail: error.message });
    }
  }
}
