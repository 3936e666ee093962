import { afterEach, describe, expect, it } from 'vitest';
import { defaultPreset } from '../core/score/index.ts';
import { createDatabase, type DuizhaoDatabase } from './db.ts';
import { createScoringStorage, readStoredPreset, scoringKey } from './scoring.ts';

let db: DuizhaoDatabase | undefined;

afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('scoring storage', () => {
  it('keeps one preset per project under scoring:<projectId>', async () => {
    db = createDatabase(`scoring-${Math.random()}`);
    const storage = createScoringStorage(db);
    expect(await storage.load('p1')).toBeNull();
    const edited = { ...defaultPreset(), passThreshold: 25 };
    await storage.save('p1', edited);
    expect(await storage.load('p1')).toEqual(edited);
    expect(await storage.load('p2')).toBeNull();
    expect((await db.settings.get(scoringKey('p1')))?.value).toContain('"passThreshold":25');
  });

  it('refuses to write an invalid preset and reads a corrupt one as none', async () => {
    db = createDatabase(`scoring-${Math.random()}`);
    const storage = createScoringStorage(db);
    await expect(storage.save('p1', { ...defaultPreset(), passThreshold: -1 })).rejects.toThrow();
    expect(await storage.load('p1')).toBeNull();
    await db.settings.put({ key: scoringKey('p1'), value: '{"id":"Bad id"}' });
    expect(await storage.load('p1')).toBeNull();
    expect(readStoredPreset('not json')).toBeNull();
  });
});
