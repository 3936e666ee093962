/**
 * The translation resources, bundled. Every namespace is imported explicitly
 * rather than globbed: the bundle stays predictable, a missing file fails the
 * build instead of a screen at run time, and the CLI and the tests can load
 * the same module without Vite.
 *
 * Adding a namespace: create `locales/{en,zh}/NAME.json`, import both here and
 * list them below. `i18n.test.ts` checks the two locales have the same keys.
 */
import enChecks from './locales/en/checks.json';
import enCommon from './locales/en/common.json';
import enFlags from './locales/en/flags.json';
import enGlossary from './locales/en/glossary.json';
import enInterchange from './locales/en/interchange.json';
import enQa from './locales/en/qa.json';
import enRevisions from './locales/en/revisions.json';
import enScorecard from './locales/en/scorecard.json';
import enWorkspace from './locales/en/workspace.json';
import zhChecks from './locales/zh/checks.json';
import zhCommon from './locales/zh/common.json';
import zhFlags from './locales/zh/flags.json';
import zhGlossary from './locales/zh/glossary.json';
import zhInterchange from './locales/zh/interchange.json';
import zhQa from './locales/zh/qa.json';
import zhRevisions from './locales/zh/revisions.json';
import zhScorecard from './locales/zh/scorecard.json';
import zhWorkspace from './locales/zh/workspace.json';

/** Namespaces, in the order components usually need them. `common` is the default. */
export const NAMESPACES = [
  'common',
  'workspace',
  'flags',
  'qa',
  'scorecard',
  'revisions',
  'checks',
  'interchange',
  'glossary',
] as const;

/** A namespace name. */
export type Namespace = (typeof NAMESPACES)[number];

/** The resources of every language and namespace, in the shape i18next takes. */
export const resources = {
  en: {
    common: enCommon,
    workspace: enWorkspace,
    flags: enFlags,
    qa: enQa,
    scorecard: enScorecard,
    revisions: enRevisions,
    checks: enChecks,
    interchange: enInterchange,
    glossary: enGlossary,
  },
  zh: {
    common: zhCommon,
    workspace: zhWorkspace,
    flags: zhFlags,
    qa: zhQa,
    scorecard: zhScorecard,
    revisions: zhRevisions,
    checks: zhChecks,
    interchange: zhInterchange,
    glossary: zhGlossary,
  },
} as const;
