/**
 * The open project's inline codes (`project.interchange.codes`) for the
 * components that draw them as protected tokens: the cells and the unit
 * editor. A context, so the grid between the app and the cells passes
 * nothing on.
 *
 * The editor knows its unit and asks by index. A cell knows only its text,
 * so it asks by text: the provider keeps, for each unit with codes, the
 * unit's source and target slices. A revised text is not among them: the
 * editor still finds its unit's codes by index, but a cell showing a revised
 * text draws its placeholders as plain tokens numbered by their character
 * (`TokenText`).
 */
import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { UnitCodes } from '../../core/model/inline-code.ts';
import type { Project } from '../../core/model/project.ts';

interface CodesLookup {
  byUnit: Readonly<Record<string, UnitCodes>>;
  byText: ReadonlyMap<string, UnitCodes>;
}

const CodesContext = createContext<CodesLookup | null>(null);

/** Makes `project`'s inline codes available to the cells and the editor below. */
export function InterchangeCodesProvider({
  project,
  children,
}: {
  project: Pick<Project, 'document' | 'interchange'>;
  children: ReactNode;
}) {
  const { document, interchange } = project;
  const lookup = useMemo<CodesLookup | null>(() => {
    const byUnit = interchange?.codes;
    if (!byUnit || Object.keys(byUnit).length === 0) return null;
    const byText = new Map<string, UnitCodes>();
    const units = document.alignment.units;
    for (const [key, codes] of Object.entries(byUnit)) {
      const unit = units[Number(key)];
      if (!unit) continue;
      if (unit.source && document.source) {
        byText.set(document.source.text.slice(unit.source.start, unit.source.end), codes);
      }
      if (unit.target) {
        byText.set(document.target.text.slice(unit.target.start, unit.target.end), codes);
      }
    }
    return { byUnit, byText };
  }, [document, interchange]);
  return <CodesContext.Provider value={lookup}>{children}</CodesContext.Provider>;
}

/** The codes of unit `unit` of the open project, if it has any. */
export function useUnitCodes(unit: number): UnitCodes | undefined {
  return useContext(CodesContext)?.byUnit[String(unit)];
}

/** The codes of the unit whose source or target text is `text`, if any. */
export function useCodesOfText(text: string): UnitCodes | undefined {
  return useContext(CodesContext)?.byText.get(text);
}

/** Whether the open project has inline codes at all. */
export function useHasCodes(): boolean {
  return useContext(CodesContext) !== null;
}
