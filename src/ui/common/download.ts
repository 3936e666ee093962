/**
 * Offering a file (text or bytes) as a download, and file names made safe
 * for it. Every download the app offers goes through here.
 */

/** Characters that Windows, macOS or Linux refuse in file names, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** `name` made safe as a file name stem (no extension), `fallback` when nothing is left. */
export function safeFileStem(name: string, fallback = 'review'): string {
  const stem = name
    .replace(UNSAFE, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return stem || fallback;
}

/** Offer `content` as a download named `fileName`. */
export function downloadText(fileName: string, content: string | Uint8Array, type: string): void {
  // Bytes are copied into a fresh ArrayBuffer: Blob wants ArrayBuffer-backed
  // views, and they may come from a SharedArrayBuffer-typed view.
  const part = typeof content === 'string' ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
