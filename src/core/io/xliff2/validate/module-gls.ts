/**
 * Glossary module (`gls`): each entry has a translation or a definition;
 * ids unique among entries and translations of one glossary.
 */
import { describe, type Rule } from './context.ts';
import { a } from './units.ts';

/** Checks every `<gls:glossary>`. */
export const glossaryRule: Rule = (ctx) => {
  for (const glossary of ctx.index.of('gls', 'glossary')) {
    const ids = new Set<string>();
    for (const entry of glossary.kids) {
      if (entry.key !== 'gls') continue;
      const parts = entry.kids.filter((k) => k.key === 'gls');
      if (!parts.some((k) => k.local === 'translation' || k.local === 'definition')) {
        ctx.report(
          entry,
          `${describe(entry)} has neither a <gls:translation> nor a <gls:definition>`,
        );
      }
      for (const node of [entry, ...parts.filter((k) => k.local === 'translation')]) {
        const id = a(node, 'id');
        if (id === undefined) continue;
        if (ids.has(id))
          ctx.report(node, `${describe(node)}: id "${id}" is used more than once in the glossary`);
        ids.add(id);
      }
    }
  }
};
