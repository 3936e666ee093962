/**
 * Offering an exported file (text or bytes) as a download.
 */
import type { ExportedFile } from './export-file.ts';

/** Offer `file` as a download. */
export function downloadFile(file: ExportedFile): void {
  // A copy into a fresh ArrayBuffer: Blob wants ArrayBuffer-backed views,
  // and the bytes may come from a SharedArrayBuffer-typed view.
  const part = typeof file.content === 'string' ? file.content : new Uint8Array(file.content);
  const url = URL.createObjectURL(new Blob([part], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
