/**
 * The findings in the grid: each finding's target span drawn as a dotted
 * underline in the English cell (the message as tooltip and description),
 * a finding about the Chinese alone (a number missing from the English)
 * underlined in the Chinese cell, and the unit editor's live text passed
 * to the checks store so the unit is re-checked as the person types.
 *
 * It wraps the grid and re-provides the unit overlay (`unit-overlay.ts`):
 * units with findings get their English cell drawn with them, unless the
 * overlay underneath already shows something else there (the editor,
 * tracked changes). Cells are cached per unit and reused while their text,
 * flags and findings are the same objects, so the rows' memo still holds.
 */
import { useContext, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { BilingualDocument } from '../../core/model/document.ts';
import type { Flag } from '../../core/model/flag.ts';
import { mtText } from '../../core/revision/index.ts';
import { findUntranslatedSpans } from '../../core/text/script.ts';
import type { ChecksStore } from '../../store/checks.ts';
import { NO_FLAGS, type FlagIndex } from '../../store/flag-index.ts';
import type { CheckedFinding } from '../../workers/checks-protocol.ts';
import { CellText } from '../flags/CellText.tsx';
import type { FindingMark } from '../flags/highlights.ts';
import { UnitEditorTextContext } from '../revisions/UnitEditor.tsx';
import { SOURCE_LANG } from '../workspace/UnitCells.tsx';
import { UnitOverlayContext, type UnitOverlay } from '../workspace/unit-overlay.ts';

/** Props of `FindingsLayer`. */
export interface FindingsLayerProps {
  store: ChecksStore;
  document: BilingualDocument;
  /** The review's live flags by unit, drawn with the findings. */
  flags: FlagIndex;
  /** The grid. */
  children: ReactNode;
}

interface CachedMarks {
  lang: string;
  findings: readonly CheckedFinding[];
  marks: readonly FindingMark[] | undefined;
}

const nonEmpty = (range: CheckedFinding['target']) => !!range && range.end > range.start;

interface CachedCell {
  /** The interface language the messages were written in. */
  lang: string;
  text: string;
  flags: readonly Flag[];
  findings: readonly CheckedFinding[];
  node: ReactNode;
}

/** The findings layer (see the module comment). */
export function FindingsLayer({ store, document, flags, children }: FindingsLayerProps) {
  const { t, i18n } = useTranslation('qa');
  const lang = i18n.resolvedLanguage ?? '';
  const inner = useContext(UnitOverlayContext);
  const byUnit = useStore(store, (s) => s.byUnit);
  const cache = useRef(new Map<number, CachedCell>());
  const sourceCache = useRef(new Map<number, CachedMarks>());

  const overlay = useMemo<UnitOverlay>(() => {
    const cells = cache.current;
    const markOf = (findings: readonly CheckedFinding[], side: 'source' | 'target') =>
      findings.map<FindingMark>((f) => ({
        id: f.id,
        start: f[side]?.start ?? 0,
        end: f[side]?.end ?? 0,
        label: t(`qa:${f.messageKey}`, f.params),
      }));
    /** Marks for the Chinese cell: findings with a source span and none in the English. */
    const sourceMarks = (unit: number): readonly FindingMark[] | undefined => {
      const findings = byUnit.get(unit);
      if (!findings) return undefined;
      const cached = sourceCache.current.get(unit);
      if (cached && cached.lang === lang && cached.findings === findings) return cached.marks;
      const onSource = findings.filter((f) => nonEmpty(f.source) && !nonEmpty(f.target));
      const marks = onSource.length ? markOf(onSource, 'source') : undefined;
      sourceCache.current.set(unit, { lang, findings, marks });
      return marks;
    };
    const textOf = (unit: number) => inner?.texts[unit] ?? mtText(document, unit);
    const cellOf = (unit: number): ReactNode | null => {
      const findings = byUnit.get(unit);
      const text = textOf(unit);
      const onTarget = findings?.filter((f) => nonEmpty(f.target));
      if (!findings || !onTarget?.length || !document.alignment.units[unit]?.target) return null;
      const unitFlags = flags.get(unit)?.target ?? NO_FLAGS;
      const cached = cells.get(unit);
      if (
        cached &&
        cached.lang === lang &&
        cached.text === text &&
        cached.flags === unitFlags &&
        cached.findings === findings
      )
        return cached.node;
      const marks = markOf(onTarget, 'target');
      const node = (
        <CellText
          text={text}
          flags={unitFlags}
          untranslated={findUntranslatedSpans(text)}
          untranslatedTitle={t('workspace:untranslated')}
          untranslatedLang={SOURCE_LANG}
          findings={marks}
        />
      );
      cells.set(unit, { lang, text, flags: unitFlags, findings, node });
      return node;
    };
    return {
      texts: inner?.texts ?? [],
      versions: inner?.versions ?? [],
      statuses: inner?.statuses ?? [],
      onEditRequest: inner?.onEditRequest ?? (() => {}),
      ...inner,
      targetContent: (unit) => inner?.targetContent(unit) ?? cellOf(unit),
      sourceFindings: (unit) => inner?.sourceFindings?.(unit) ?? sourceMarks(unit),
    };
  }, [inner, byUnit, flags, document, t, lang]);

  const onText = useMemo(
    () => (unit: number, text: string | null) => store.getState().editUnit(unit, text),
    [store],
  );

  return (
    <UnitOverlayContext.Provider value={overlay}>
      <UnitEditorTextContext.Provider value={onText}>{children}</UnitEditorTextContext.Provider>
    </UnitOverlayContext.Provider>
  );
}
