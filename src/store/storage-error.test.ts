import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { StorageError, toStorageError } from './storage-error.ts';

describe('toStorageError', () => {
  it('recognises a full disk, also when Dexie wraps it', () => {
    const bare = new DOMException('quota', 'QuotaExceededError');
    expect(toStorageError('save', bare).problem).toBe('quota');
    const wrapped = new Dexie.AbortError('Transaction aborted', bare);
    const error = toStorageError('save', wrapped);
    expect(error.problem).toBe('quota');
    expect(error.operation).toBe('save');
    expect(error.detail).toContain('AbortError');
  });

  it('recognises a browser without usable IndexedDB', () => {
    expect(toStorageError('open', new Dexie.MissingAPIError('no indexedDB')).problem).toBe(
      'unavailable',
    );
    const open = new Dexie.OpenFailedError(
      'open failed',
      new DOMException('denied', 'InvalidStateError'),
    );
    expect(toStorageError('open', open).problem).toBe('unavailable');
  });

  it('calls anything else "other" and keeps the message', () => {
    const error = toStorageError('load', new TypeError('boom'));
    expect(error).toBeInstanceOf(StorageError);
    expect(error.problem).toBe('other');
    expect(error.detail).toBe('TypeError: boom');
    expect(toStorageError('load', 'a string').detail).toBe('a string');
  });

  it('passes a StorageError through unchanged', () => {
    const original = new StorageError('delete', 'quota', 'x');
    expect(toStorageError('save', original)).toBe(original);
  });
});
