import { describe, expect, it } from 'vitest';
import { buildDocument } from '../core/align/index.ts';
import type { AlignRequest, AlignResponse } from './align-protocol.ts';
import { AlignError, createAlignClient } from './align-client.ts';
import type { AlignWorker } from './align-client.ts';

/** A worker stand-in that answers asynchronously, in reverse order of arrival, or crashes on demand. */
class FakeWorker implements AlignWorker {
  onmessage: ((event: MessageEvent<AlignResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  queue: AlignRequest[] = [];

  postMessage(message: AlignRequest): void {
    this.queue.push(message);
  }

  /** Answer every queued request, last first. */
  answerAll(): void {
    for (const request of this.queue.splice(0).reverse()) {
      let data: AlignResponse;
      try {
        data = {
          id: request.id,
          ok: true,
          document: buildDocument(request.sourceText, request.targetText, request.options),
        };
      } catch (error) {
        data = { id: request.id, ok: false, message: (error as Error).message };
      }
      this.onmessage?.({ data } as MessageEvent<AlignResponse>);
    }
  }

  crash(): void {
    this.onerror?.({ message: 'worker exploded', preventDefault() {} } as ErrorEvent);
  }

  terminate(): void {
    this.terminated = true;
  }
}

describe('align client', () => {
  it('matches answers to requests by id', async () => {
    const workers: FakeWorker[] = [];
    const client = createAlignClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    });
    const first = client.align(null, 'One.');
    const second = client.align('二。', 'Two.\nThree.');
    workers[0]?.answerAll();
    expect((await first).target.text).toBe('One.');
    expect((await second).source?.text).toBe('二。');
    expect(workers).toHaveLength(1);
  });

  it('fails the requests in flight when the worker dies, then starts a new one', async () => {
    const workers: FakeWorker[] = [];
    const client = createAlignClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    });
    const doomed = client.align(null, 'One.');
    workers[0]?.crash();
    await expect(doomed).rejects.toThrow(AlignError);
    await expect(doomed).rejects.toThrow('worker exploded');
    expect(workers[0]?.terminated).toBe(true);

    const next = client.align(null, 'Again.');
    expect(workers).toHaveLength(2);
    workers[1]?.answerAll();
    expect((await next).target.text).toBe('Again.');
  });

  it('rejects what is in flight on dispose', async () => {
    const client = createAlignClient(() => new FakeWorker());
    const pending = client.align(null, 'x');
    client.dispose();
    await expect(pending).rejects.toThrow('stopped');
  });
});
