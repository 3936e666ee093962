/**
 * A colour per author for tracked changes: one of a few fixed hues, chosen
 * by a hash of the name so that a person keeps their colour across units,
 * reloads and machines without a table of who got which.
 */

/** How many hues `revisions.css` defines (`.dz-tracked--hue0` …). */
export const AUTHOR_HUES = 6;

/** The hue index of `name`, in [0, AUTHOR_HUES). */
export function authorHue(name: string): number {
  let hash = 0;
  for (let index = 0; index < name.length; index++) {
    hash = (hash * 31 + name.charCodeAt(index)) | 0;
  }
  return Math.abs(hash) % AUTHOR_HUES;
}
