// @vitest-environment jsdom
/**
 * The translations stay complete: both locales have the same keys in every
 * namespace file found on disk (so a new namespace is covered without
 * touching this test), and every key the UI asks for exists in English.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  LANGUAGE_STORAGE_KEY,
  changeLanguage,
  detectLanguage,
  htmlLang,
  initI18n,
} from './index.ts';
import { NAMESPACES, resources } from './resources.ts';

// A string, not `new URL`: under jsdom, `URL` is jsdom's, which node:url refuses.
const here = dirname(fileURLToPath(import.meta.url));
const localesDir = join(here, 'locales');
const uiDir = join(here, '..', 'ui');

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** i18next's plural suffixes: `units_one` and `units_other` are both the key `units`. */
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every leaf key as a dotted path, plural forms folded into their base key. */
function flatten(value: Json, prefix = '', out = new Set<string>()): Set<string> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value))
      flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.add(prefix.replace(PLURAL, ''));
  }
  return out;
}

/** Every branch (non-leaf) path, for checking the prefix of a key built at run time. */
function branches(value: Json, prefix = '', out = new Set<string>()): Set<string> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    if (prefix) out.add(prefix);
    for (const [key, child] of Object.entries(value))
      branches(child, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

function readLocale(language: string, namespace: string): Json {
  return JSON.parse(readFileSync(join(localesDir, language, `${namespace}.json`), 'utf8')) as Json;
}

function listFiles(dir: string, filter: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listFiles(path, filter);
    return filter(name) ? [path] : [];
  });
}

const languages = readdirSync(localesDir).filter((name) =>
  statSync(join(localesDir, name)).isDirectory(),
);
const namespaces = [...new Set(languages.flatMap((l) => readdirSync(join(localesDir, l))))]
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.replace(/\.json$/, ''));

describe('locale files', () => {
  it('exist for English and Chinese, and every namespace on disk is bundled', () => {
    expect(languages.sort()).toEqual(['en', 'zh']);
    expect([...NAMESPACES].sort()).toEqual([...namespaces].sort());
  });

  for (const namespace of namespaces) {
    it(`have the same keys in both languages: ${namespace}`, () => {
      const [a, b] = languages.map((language) => {
        const file = join(localesDir, language, `${namespace}.json`);
        expect(() => statSync(file), `missing ${relative(here, file)}`).not.toThrow();
        return flatten(readLocale(language, namespace));
      }) as [Set<string>, Set<string>];
      expect(
        [...a].filter((key) => !b.has(key)),
        `keys missing in ${languages[1]}/${namespace}.json`,
      ).toEqual([]);
      expect(
        [...b].filter((key) => !a.has(key)),
        `keys missing in ${languages[0]}/${namespace}.json`,
      ).toEqual([]);
    });
  }
});

/** The namespace a source file translates in: its `useTranslation('…')`, else the default. */
function fileNamespace(source: string): string {
  return /useTranslation\(\s*['"]([\w-]+)['"]/.exec(source)?.[1] ?? 'common';
}

describe('keys used in the UI', () => {
  const files = listFiles(uiDir, (name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name));
  const english = Object.fromEntries(namespaces.map((ns) => [ns, readLocale('en', ns)]));
  const leaves = Object.fromEntries(namespaces.map((ns) => [ns, flatten(english[ns] ?? {})]));
  const prefixes = Object.fromEntries(namespaces.map((ns) => [ns, branches(english[ns] ?? {})]));

  // `t('key')` and `t("key")` (not `it('…')` or `split('…')`), `t(\`prefix.${x}\`)`,
  // and `key: 'section.key'` in message objects translated later.
  const literal = /(?<![\w$])t\(\s*(['"])([^'"\n]+)\1/g;
  const template = /(?<![\w$])t\(\s*`([^`$\n]*)\$\{/g;
  const messageKey = /\bkey:\s*(['"])([\w.-]+)\1/g;

  function qualify(key: string, fallback: string): [string, string] {
    const colon = key.indexOf(':');
    return colon > 0 ? [key.slice(0, colon), key.slice(colon + 1)] : [fallback, key];
  }

  it('finds UI files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('exist in the English locale', () => {
    const missing: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const ns = fileNamespace(source);
      const where = relative(uiDir, file);
      for (const match of source.matchAll(literal)) {
        const [namespace, key] = qualify(match[2] ?? '', ns);
        if (!leaves[namespace]?.has(key)) missing.push(`${where}: ${namespace}:${key}`);
      }
      for (const match of source.matchAll(messageKey)) {
        const [namespace, key] = qualify(match[2] ?? '', ns);
        // Keyboard keys (`key: 'ArrowDown'`) share the syntax; only dotted paths are translation keys.
        if (key.includes('.') && !leaves[namespace]?.has(key))
          missing.push(`${where}: ${namespace}:${key}`);
      }
      for (const match of source.matchAll(template)) {
        const [namespace, prefix] = qualify((match[1] ?? '').replace(/\.$/, ''), ns);
        if (prefix && !prefixes[namespace]?.has(prefix))
          missing.push(`${where}: ${namespace}:${prefix}.*`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('language choice', () => {
  afterEach(() => {
    localStorage.clear();
  });

  it('starts from the remembered choice, else the browser language, else English', () => {
    expect(detectLanguage('zh', ['en-US'])).toBe('zh');
    expect(detectLanguage(null, ['fr-FR', 'zh-TW', 'en'])).toBe('zh');
    expect(detectLanguage('klingon', ['en-GB'])).toBe('en');
    expect(detectLanguage(null, ['fr'])).toBe('en');
  });

  it('remembers a switch and marks the page language', async () => {
    const i18n = initI18n('en');
    expect(i18n.t('actions.projects')).toBe(resources.en.common.actions.projects);
    await changeLanguage('zh');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh');
    expect(i18n.t('actions.projects')).toBe(resources.zh.common.actions.projects);
    expect(document.documentElement.lang).toBe(htmlLang('zh'));
    expect(detectLanguage()).toBe('zh');
    await changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
