import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { buildDocument } from '../core/align/index.ts';
import { CHECK_IDS } from '../core/qa/index.ts';
import { mtText } from '../core/revision/index.ts';
import { demo } from '../ui/workspace/test-documents.ts';
import { createChecksEngine, respond } from './checks-engine.ts';
import { runInParts } from './checks-engine.test-support.ts';
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
    // Through structured clone, as a real worker gets it: nothing shared.
    const copy = structuredClone(message);
    this.queue.push(copy);
    this.seen.push(copy);
  }

  answerAll(): void {
    // The engine sees requests in arrival order; answers go back reversed.
    const answers = this.queue
      .splice(0)
      .map((request) => respond(this.engine, request))
      .filter((answer): answer is ChecksResponse => answer !== null)
      .map((answer) => (answer.ok ? { ...answer, elapsed: 1 } : answer));
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
    // The document travels in the first run's skeleton only.
    const skeletons = w.seen.flatMap((r) =>
      r.kind === 'part' && r.part.kind === 'skeleton' ? [r.part.cargo.document !== null] : [],
    );
    expect(skeletons).toEqual([true, false]);
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
    const first = next.seen[0];
    expect(
      first?.kind === 'part' &&
        first.part.kind === 'skeleton' &&
        first.part.cargo.document?.target.text,
    ).toBe(demo.target.text);
    next.answerAll();
    await expect(again).resolves.toMatchObject({ elapsed: 1 });
    client.dispose();
    expect(next.terminated).toBe(true);
    await expect(client.recheck(0, 'x')).rejects.toBeInstanceOf(ChecksError);
  });
});

const read = (name: string) =>
  readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const large = buildDocument(
  read('press-conference.source.zh.txt'),
  read('press-conference.mt.en.txt'),
);
const largeTexts = large.alignment.units.map((u, i) => (u.target ? mtText(large, i) : null));
const largeInput = { document: large, texts: largeTexts, glossary: null, checks: [...CHECK_IDS] };

describe('checks client, a run in slices', () => {
  it('sends a large document in several messages, pausing between them, with the findings of one message', async () => {
    const w = new FakeWorker();
    let pauses = 0;
    const client = createChecksClient(() => w, {
      sliceItems: 8,
      pause: () => {
        pauses++;
        return Promise.resolve();
      },
    });
    const result = client.run(largeInput);
    await vi.waitFor(() => expect(w.seen.at(-1)?.kind).toBe('run'));
    const parts = w.seen.filter((r) => r.kind === 'part');
    expect(large.alignment.units.length).toBeGreaterThan(16);
    expect(parts.length).toBeGreaterThan(large.alignment.units.length / 8);
    for (const r of parts)
      if (r.part.kind === 'items') expect(r.part.items.length).toBeLessThanOrEqual(8);
    expect(pauses).toBeGreaterThan(2);
    w.answerAll();
    const whole = runInParts(createChecksEngine(), largeInput);
    expect(whole.length).toBeGreaterThan(0);
    expect((await result).findings).toEqual(whole);
  });

  it('stops sending an older run when a newer one starts; the newer one wins', async () => {
    const w = new FakeWorker();
    const gates: (() => void)[] = [];
    const client = createChecksClient(() => w, {
      sliceItems: 8,
      pause: () => new Promise<void>((resolve) => gates.push(resolve)),
    });
    const older = expect(client.run(largeInput)).rejects.toBeInstanceOf(ChecksError);
    expect(gates.length).toBe(1);
    const ENSURE = 'ensure, ensure, and ensure';
    const unit = largeTexts.findIndex((t) => t?.includes(ENSURE));
    const texts = largeTexts.map((t, i) => (i === unit ? (t ?? '').replace(ENSURE, 'ensure') : t));
    const newer = client.run({ ...largeInput, texts });
    while (!w.seen.some((r) => r.kind === 'run')) {
      gates.splice(0).forEach((open) => open());
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await older;
    // The older run never reached its run message: only the newer one did.
    expect(w.seen.filter((r) => r.kind === 'run').map((r) => r.id)).toEqual([2]);
    w.answerAll();
    const { findings } = await newer;
    const expected = runInParts(createChecksEngine(), { ...largeInput, texts }, 2);
    expect(findings).toEqual(expected);
    const repeated = (f: { unit: number; check: string }) =>
      f.unit === unit && f.check === 'repetition';
    expect(findings.some(repeated)).toBe(false);
    expect(runInParts(createChecksEngine(), largeInput).some(repeated)).toBe(true);
  });
});
