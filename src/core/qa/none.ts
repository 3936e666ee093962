/**
 * The empty list the checks fall back on when a lookup finds nothing
 * (`map.get(key) ?? NONE`). Shared, so a loop over every word of a document
 * does not allocate an empty array for each word without an entry.
 */
export const NONE: readonly never[] = Object.freeze([]);
