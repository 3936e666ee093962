/**
 * The demo project's texts: a Chinese press conference and its English MT,
 * bundled from `fixtures/`. The Chinese is a reconstruction, not the official
 * transcript, which is why the project's origin is `demo` and the shell says
 * so while it is open.
 *
 * The texts are imported lazily so they cost the main bundle nothing: most
 * starts are not first starts.
 */
import { glossaryFromFile } from '../core/glossary/project.ts';
import { readGlossaryCsv } from '../core/glossary/csv.ts';
import { normalizeText } from '../core/text/normalize.ts';
import type { DemoTexts } from './projects.ts';

/** File names the demo texts come from, kept on the project like an import's. */
export const DEMO_SOURCE_FILE = 'press-conference.source.zh.txt';
export const DEMO_TARGET_FILE = 'press-conference.mt.en.txt';
/** The demo's termbase, so the glossary check has terms from the first start. */
export const DEMO_GLOSSARY_FILE = 'press-conference.glossary.csv';

/** Load the demo texts, normalised, under `name` (translated by the caller at creation time). */
export async function loadDemoTexts(name: string): Promise<DemoTexts> {
  const [source, target, glossary] = await Promise.all([
    import('../../fixtures/press-conference.source.zh.txt?raw'),
    import('../../fixtures/press-conference.mt.en.txt?raw'),
    import('../../fixtures/press-conference.glossary.csv?raw'),
  ]);
  return {
    name,
    sourceText: normalizeText(source.default),
    targetText: normalizeText(target.default),
    sourceFileName: DEMO_SOURCE_FILE,
    targetFileName: DEMO_TARGET_FILE,
    glossary: glossaryFromFile(readGlossaryCsv(glossary.default), DEMO_GLOSSARY_FILE),
  };
}
