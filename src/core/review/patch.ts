/**
 * JSON Patch (RFC 6902) between the JSON forms of a review subject, on top
 * of fast-json-patch.
 *
 * fast-json-patch ships CommonJS for Node and ESM for bundlers; only its
 * default export has the same shape in both, so it is imported that way.
 */
import jsonPatch, { type Operation } from 'fast-json-patch';
import type { PatchOperation } from '../model/review-log.ts';

/** A JSON object: a review subject, or `{}` for one that does not exist. */
export type JsonObject = Record<string, unknown>;

/**
 * The patch that turns `before` into `after`. Nested objects (a flag's
 * anchor) are diffed field by field, so a patch that moves an anchor does
 * not also rewrite its side or unit.
 */
export function diffJson(before: JsonObject, after: JsonObject): PatchOperation[] {
  return jsonPatch.compare(before, after) as PatchOperation[];
}

/** Why a patch could not be applied, with the index of the failing operation. */
export class PatchApplicationError extends Error {
  override readonly name = 'PatchApplicationError';
  readonly operationIndex: number | null;

  constructor(message: string, operationIndex: number | null) {
    super(message);
    this.operationIndex = operationIndex;
  }
}

/**
 * Applies `patch` to a copy of `subject` (the input is left untouched, so
 * states that share it stay valid). Every operation is validated first, and
 * fast-json-patch's guard against `__proto__` paths stays on, so a hostile
 * patch fails here rather than polluting a prototype.
 */
export function applyJsonPatch(subject: JsonObject, patch: readonly PatchOperation[]): JsonObject {
  try {
    const result = jsonPatch.applyPatch(
      subject,
      // fast-json-patch may keep references to values of the patch; copy them
      // so the result shares nothing with an operation kept in the log.
      jsonPatch.deepClone(patch) as Operation[],
      true,
      false,
      true,
    );
    return result.newDocument;
  } catch (error) {
    const index =
      error instanceof jsonPatch.JsonPatchError && typeof error.index === 'number'
        ? error.index
        : null;
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new PatchApplicationError(detail ?? 'invalid patch', index);
  }
}

/**
 * Deep equality of JSON values, ignoring the order of object keys (two
 * anchors built by different code are equal whatever order their fields
 * were written in).
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  }
  const left = a as JsonObject;
  const right = b as JsonObject;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && jsonEqual(left[key], right[key]))
  );
}
