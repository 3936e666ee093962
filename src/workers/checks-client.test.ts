import { describe, expect, it } from 'vitest';
import { demo } from '../ui/workspace/test-documents.ts';
import { createChecksEngine } from './checks-engine.ts';
import { ChecksError, createChecksClient, type ChecksWorker } from './checks-client.ts';
import type { ChecksRequest, ChecksResponse } from './checks-protocol.ts';

/** A worker stand-in over the real engine that answers on demand, last first, or crashes. */
class FakeWorker implements ChecksWorker {
  onmessage: ((event: MessageEvent<ChecksResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  engine = createChecksEngine();
  queue: ChecksRequest[] = [];
  seen: ChecksRequest[] = [];
  terminated = false;

  postMessage(message: ChecksRequest): void {
    this.queue.push(message);
    this.seen.push(message);
  }

  answerAll(): void {
    // The engine sees requests in arrival order; answers go back reversed.
    const answers: ChecksResponse[] = this.queue.splice(0).map((request) => {
      try {
        return { id: request.id, ok: true, findings: this.engine.handle(request), elapsed: 1 };
      } catch (error) {
        return { id: request.id, ok: false, message: (error as Error).message };
      }
    });
    for (const data of answers.reverse())
      this.onmessage?.({ data } as MessageEvent<ChecksResponse>);
  }

  crash(): void {
    this.onerror?.({ message: 'worker exploded', preventDefault() {} } as ErrorEvent);
  }

  terminate(): void {
    this.terminated = true;
  }
}

const texts = demo.alignment.units.map((u) =>
  u.target ? demo.target.text.slice(u.target.start, u.target.end) : null,
);
const input = {
  document: demo,
  texts,
  glossary: null,
  checks: ['repetition' as const, 'spacing' as const],
};

describe('checks client', () => {
  it('sends the document once per worker and matches answers by id', async () => {
    const workers: FakeWorker[] = [];
    const client = createChecksClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    });
    const first = client.run(input);
    const second = client.run({
      ...input,
      texts: texts.map((t, i) => (i === 0 && t ? `${t} the the end` : t)),
    });
    const w = workers[0]!;
    expect(w.seen.map((r) => r.kind === 'run' && r.document !== undefined)).toEqual([true, false]);
    w.answerAll();
    const [a, b] = await Promise.all([first, second]);
    expect(a.findings.some((f) => f.unit === 0 && f.check === 'repetition')).toBe(false);
    expect(b.findings.some((f) => f.unit === 0 && f.check === 'repetition')).toBe(true);
    const unit = client.recheck(1, 'Double  space.');
    w.answerAll();
    expect((await unit).findings.map((f) => f.check)).toContain('spacing');
  });

  it('rejects what is in flight when the worker dies, and sends the document to the next one', async () => {
    const workers: FakeWorker[] = [];
    const client = createChecksClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    });
    const doomed = client.run(input);
    workers[0]!.crash();
    await expect(doomed).rejects.toBeInstanceOf(ChecksError);
    const again = client.run(input);
    const next = workers[1]!;
    expect(next.seen[0]?.kind === 'run' && next.seen[0].document).toBe(demo);
    next.answerAll();
    await expect(again).resolves.toMatchObject({ elapsed: 1 });
    client.dispose();
    expect(next.terminated).toBe(true);
    await expect(client.recheck(0, 'x')).rejects.toBeInstanceOf(ChecksError);
  });
});
