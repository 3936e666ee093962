import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from './debounce.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('debounce', () => {
  it('runs once after the quiet period, however often it is scheduled', async () => {
    const task = vi.fn(async () => {});
    const d = debounce(task, 300);
    d.schedule();
    await vi.advanceTimersByTimeAsync(200);
    d.schedule();
    await vi.advanceTimersByTimeAsync(200);
    expect(task).not.toHaveBeenCalled();
    expect(d.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    expect(task).toHaveBeenCalledTimes(1);
    expect(d.pending).toBe(false);
  });

  it('flush runs a pending task at once and only once', async () => {
    const task = vi.fn(async () => {});
    const d = debounce(task, 300);
    await d.flush();
    expect(task).not.toHaveBeenCalled();
    d.schedule();
    await d.flush();
    expect(task).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
