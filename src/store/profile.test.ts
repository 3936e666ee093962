import { describe, expect, it } from 'vitest';
import { cleanProfile, createProfileStore, DEFAULT_PROFILE, parseProfile } from './profile.ts';

describe('profile', () => {
  it('reads only well-formed stored profiles', () => {
    expect(parseProfile(null)).toBeNull();
    expect(parseProfile('{')).toBeNull();
    expect(parseProfile('{"name":"Li","role":"boss"}')).toBeNull();
    expect(parseProfile('{"name":"  Li  ","role":"editor"}')).toEqual({
      name: 'Li',
      role: 'editor',
    });
  });

  it('never keeps an empty or overlong name', () => {
    expect(cleanProfile({ name: '   ', role: 'translator' })).toEqual({
      name: DEFAULT_PROFILE.name,
      role: 'translator',
    });
    expect(cleanProfile({ name: 'x'.repeat(500), role: 'reviewer' }).name).toHaveLength(100);
  });

  it('loads and stores through its storage', async () => {
    let stored: string | null = null;
    const storage = {
      loadProfile: () => Promise.resolve(stored),
      saveProfile: (value: string) => {
        stored = value;
        return Promise.resolve();
      },
    };
    const store = createProfileStore(storage);
    await store.getState().load();
    expect(store.getState().profile).toEqual(DEFAULT_PROFILE);
    await store.getState().update({ name: 'Wang Fang', role: 'editor' });
    const again = createProfileStore(storage);
    await again.getState().load();
    expect(again.getState().profile).toEqual({ name: 'Wang Fang', role: 'editor' });
  });
});
