/**
 * Offering an exported file (text or bytes) as a download.
 */
import { downloadText } from '../common/download.ts';
import type { ExportedFile } from './export-file.ts';

/** Offer `file` as a download. */
export function downloadFile(file: ExportedFile): void {
  downloadText(file.fileName, file.content, file.type);
}
