/**
 * The size limit on pasted text. A paste of tens of megabytes into a
 * textarea freezes the page for seconds before any code of ours runs again,
 * and anything that large is better imported as a file, so larger pastes
 * are refused up front with a message saying so.
 */

/** Largest paste accepted, in UTF-8 bytes (what the person would see as the file size). */
export const MAX_PASTE_BYTES = 5 * 1024 * 1024;

/** UTF-8 length of `text` without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    // A surrogate pair is one 4-byte character: count 2 per half.
    else if (unit >= 0xd800 && unit <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

/** Whether `text` is over the paste limit. Cheap for huge texts: no UTF-8 unit is under a byte. */
export function exceedsPasteLimit(text: string): boolean {
  if (text.length > MAX_PASTE_BYTES) return true;
  // Even at 3 bytes a unit, a text this short cannot be over the limit.
  if (text.length * 3 <= MAX_PASTE_BYTES) return false;
  return utf8Length(text) > MAX_PASTE_BYTES;
}
