/**
 * Other reviewers' review files, read for comparison only: unlike the flags
 * panel's import, nothing is merged into the project. Each file becomes one
 * reviewer named after the file, with the flags its log replays to.
 */
import type { Review } from '../../core/agreement/index.ts';
import type { Notice } from '../app/notice.ts';
import { readChosenReviewFile } from '../flags/review-file.ts';

/** Reviewers read from files, and a notice for each file refused. */
export interface ReadReviewers {
  reviewers: Review[];
  notices: Notice[];
}

/** The reviewer's name: the file name without `.review.json` (or `.json`). */
export function reviewerName(fileName: string): string {
  return fileName.replace(/(\.review)?\.json$/i, '') || fileName;
}

/** Reads `files` as review files of the document hashed `hash`. */
export async function readReviewers(files: readonly File[], hash: string): Promise<ReadReviewers> {
  const reviewers: Review[] = [];
  const notices: Notice[] = [];
  for (const file of files) {
    const result = await readChosenReviewFile(file, hash);
    if (result.ok) {
      reviewers.push({
        name: reviewerName(file.name),
        flags: [...result.content.state.flags.values()],
      });
    } else {
      notices.push(result.notice);
    }
  }
  return { reviewers, notices };
}
