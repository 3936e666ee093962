/**
 * Storage failures, classified for the person who has to act on them.
 *
 * IndexedDB fails in a handful of ways that matter differently: the disk
 * quota is full (delete projects or export them), the browser offers no
 * IndexedDB at all (private windows in some browsers, disabled site data:
 * nothing will be kept), or something else went wrong. The store never
 * swallows one: it keeps the in-memory project usable and publishes the
 * error for the banner.
 */

/** What the app was doing when storage failed. */
export type StorageOperation = 'open' | 'list' | 'load' | 'save' | 'delete';

/** Why storage failed, as far as the error tells. */
export type StorageProblem = 'quota' | 'unavailable' | 'corrupt' | 'other';

/** A failed storage operation. `detail` is the browser's own wording, shown as-is. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly operation: StorageOperation;
  readonly problem: StorageProblem;
  /** `Name: message` of the underlying error, for the curious and for bug reports. */
  readonly detail: string;

  constructor(
    operation: StorageOperation,
    problem: StorageProblem,
    detail: string,
    cause?: unknown,
  ) {
    super(`Storage ${operation} failed (${problem}): ${detail}`, { cause });
    this.operation = operation;
    this.problem = problem;
    this.detail = detail;
  }
}

/** Names of errors that mean the browser gives this page no IndexedDB. */
const UNAVAILABLE = new Set([
  'MissingAPIError',
  'InvalidStateError',
  'SecurityError',
  'DatabaseClosedError',
]);

/** Error names along Dexie's `inner` chain and the standard `cause` chain, outermost first. */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const e = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof e.name === 'string') names.push(e.name);
    current = e.inner ?? e.cause;
  }
  return names;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message ? `${error.name}: ${error.message}` : error.name;
  return String(error);
}

/**
 * Turn whatever a storage call threw into a `StorageError`. Dexie wraps the
 * browser's DOMException (`OpenFailedError` around `QuotaExceededError`, for
 * instance), so the whole chain is searched for a telling name.
 */
export function toStorageError(operation: StorageOperation, error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const names = errorNames(error);
  let problem: StorageProblem = 'other';
  if (names.some((n) => n === 'QuotaExceededError')) problem = 'quota';
  else if (names.some((n) => UNAVAILABLE.has(n))) problem = 'unavailable';
  else if (names.some((n) => n === 'DocumentValidationError' || n === 'DataError'))
    problem = 'corrupt';
  return new StorageError(operation, problem, describe(error), error);
}

/**
 * Run `work`, turning whatever it throws into a `StorageError` of
 * `operation`: how every repository method keeps its promise to either do
 * its work or throw one.
 */
export async function attempt<T>(operation: StorageOperation, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(operation, error);
  }
}
