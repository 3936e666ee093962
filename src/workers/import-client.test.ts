import { describe, expect, it } from 'vitest';
import type { Project } from '../core/model/project.ts';
import type { StoredReview } from '../store/review-repository.ts';
import { commitImport } from './import-commit.ts';
import { importFailure, outcomeOf, readImportFile, type HeldRead } from './import-read.ts';
import type { ImportRequest, ImportResponse } from './import-protocol.ts';
import { createImportClient, ImportCancelled, ImportFailed } from './import-client.ts';
import type { ImportWorker } from './import-client.ts';

/** A worker stand-in that runs the real reading and commit code when told to, storing in memory. */
class FakeWorker implements ImportWorker {
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  queue: ImportRequest[] = [];
  held: HeldRead | null = null;
  stored = new Map<string, { project: Project; review?: StoredReview }>();
  parts = 0;

  postMessage(message: ImportRequest): void {
    this.queue.push(message);
  }

  async answerAll(): Promise<void> {
    for (const request of this.queue.splice(0)) {
      const { id } = request;
      const send = (data: ImportResponse) =>
        this.onmessage?.({ data } as MessageEvent<ImportResponse>);
      try {
        if (request.type === 'commit') {
          if (!this.held) throw new Error('nothing read');
          const storage = {
            save: (project: Project) => {
              this.stored.set(project.id, { project });
              return Promise.resolve();
            },
            replaceReview: (projectId: string, review: StoredReview) => {
              const entry = this.stored.get(projectId);
              if (entry) entry.review = review;
              return Promise.resolve();
            },
          };
          const saved = await commitImport(this.held, request, storage, (part) => {
            this.parts++;
            send({ id, type: 'part', part: structuredClone(part) });
          });
          send({ id, type: 'committed', saved });
          continue;
        }
        this.held = await readImportFile(
          request.file,
          request.fileName,
          (stage, fraction) => send({ id, type: 'progress', stage, fraction }),
          request.lenient === true,
        );
        send({ id, type: 'done', outcome: outcomeOf(this.held) });
      } catch (error) {
        send({ id, type: 'failed', failure: importFailure(error) });
      }
    }
  }

  terminate(): void {
    this.terminated = true;
  }
}

const TMX =
  '<?xml version="1.0"?>\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" ' +
  'segtype="sentence" o-tmf="t" adminlang="en" srclang="zh-CN" datatype="plaintext"/>\n' +
  '<body><tu><tuv xml:lang="zh-CN"><seg>你好。</seg></tuv><tuv xml:lang="en"><seg>Hello.</seg></tuv></tu></body></tmx>\n';

/** XLIFF 2 with a unit id used twice: well-formed, but against the standard's rules. */
const DUPLICATE_UNIT =
  '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" ' +
  'srcLang="zh" trgLang="en"><file id="f">' +
  '<unit id="u"><segment><source>你好。</source><target>Hello.</target></segment></unit>' +
  '<unit id="u"><segment><source>再见。</source><target>Bye.</target></segment></unit></file></xliff>\n';

function setup() {
  const workers: FakeWorker[] = [];
  const client = createImportClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { client, workers };
}

describe('import client', () => {
  it('reads a misnamed TMX with rising progress, and tells plain text apart', async () => {
    const { client, workers } = setup();
    const fractions: number[] = [];
    const tmx = client.read(new Blob([TMX]), 'memory.txt', (_stage, f) => fractions.push(f));
    const plain = client.read(new Blob(['Just prose.\n']), 'notes.txt');
    await workers[0]?.answerAll();
    const outcome = await tmx;
    expect(outcome.kind).toBe('interchange');
    expect(outcome.kind === 'interchange' && outcome.format).toBe('tmx');
    expect(outcome.kind === 'interchange' && outcome.drafts).toEqual([
      { name: 'memory', units: 1, flags: 0 },
    ]);
    expect(fractions.length).toBeGreaterThanOrEqual(3);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect((await plain).kind).toBe('plain');
  });

  it('commits: stores the project with its review and hands it over in parts', async () => {
    const { client, workers } = setup();
    const read = client.read(new Blob([TMX]), 'memory.tmx');
    await workers[0]?.answerAll();
    expect((await read).kind).toBe('interchange');
    const now = new Date('2026-01-02T03:04:05Z');
    const committed = client.commit('all', ['p1'], now);
    await workers[0]?.answerAll();
    const { project, saved } = await committed;
    expect(project.id).toBe('p1');
    expect(project.createdAt).toBe(now.toISOString());
    expect(project.document.target.text).toBe('Hello.');
    expect(project.document.alignment.units).toHaveLength(1);
    expect(project).toEqual(workers[0]?.stored.get('p1')?.project);
    expect(workers[0]?.stored.get('p1')?.review?.ops).toEqual(project.review.ops);
    expect(saved.map((s) => [s.id, s.unitCount])).toEqual([['p1', 1]]);
    expect(workers[0]?.parts).toBeGreaterThan(1);
  });

  it('rejects a broken file with the place, as ImportFailed', async () => {
    const { client, workers } = setup();
    const broken = client.read(new Blob(['<tmx version="1.4">\n<body><tu>\n']), 'bad.tmx');
    await workers[0]?.answerAll();
    const error = await broken.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFailed);
    expect((error as ImportFailed).failure.location.file).toBe('bad.tmx');
    expect((error as ImportFailed).message).toMatch(/^bad\.tmx:\d+/);
  });

  it('reads a file that breaks its format rules only when told to, listing the broken rules', async () => {
    const { client, workers } = setup();
    const strict = client.read(new Blob([DUPLICATE_UNIT]), 'dup.xlf');
    await workers[0]?.answerAll();
    const error = await strict.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFailed);
    expect((error as ImportFailed).failure.code).toBe('invalid');
    const lenient = client.read(new Blob([DUPLICATE_UNIT]), 'dup.xlf', undefined, {
      lenient: true,
    });
    expect(workers[0]?.queue[0]).toMatchObject({ type: 'read', lenient: true });
    await workers[0]?.answerAll();
    const outcome = await lenient;
    if (outcome.kind !== 'interchange') throw new Error(`read as ${outcome.kind}`);
    expect(outcome.format).toBe('xliff2');
    expect(outcome.drafts[0]?.units).toBe(2);
    expect(outcome.warnings.map((warning) => warning.message).join('\n')).toMatch(
      /id "u" is used more than once/,
    );
  });

  it('cancels by stopping the worker, then reads the next file with a new one', async () => {
    const { client, workers } = setup();
    const first = client.read(new Blob([TMX]), 'a.tmx');
    client.cancel();
    await expect(first).rejects.toThrow(ImportCancelled);
    expect(workers[0]?.terminated).toBe(true);
    const second = client.read(new Blob([TMX]), 'b.tmx');
    expect(workers).toHaveLength(2);
    await workers[1]?.answerAll();
    expect((await second).kind).toBe('interchange');
  });

  it('refuses a file over the limit without reading it', async () => {
    const huge = { size: 2 ** 40, arrayBuffer: () => Promise.reject(new Error('read')) } as Blob;
    await expect(readImportFile(huge, 'huge.xlf', () => {})).rejects.toThrow(
      /huge\.xlf: the file is too large/,
    );
  });

  it('routes project and review files', async () => {
    const review = await readImportFile(
      new Blob(['{"format": "duizhao-review", "version": 1}']),
      'r.json',
      () => {},
    );
    expect(review.kind).toBe('review');
    await expect(
      readImportFile(new Blob(['{"format": "duizhao-project"}']), 'p.duizhao.json', () => {}),
    ).rejects.toThrow(/p\.duizhao\.json/);
  });
});
