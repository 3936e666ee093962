/**
 * The two text cells of a unit row. The Chinese cell shows the source slice;
 * the English cell shows the translation with untranslated Chinese marked.
 * A side the unit lacks shows why it is empty instead of a blank cell, so an
 * omission reads as a finding rather than a rendering glitch. Both cells
 * draw the unit's flags on that side (see `flags/CellText.tsx`).
 */
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flag } from '../../core/model/flag.ts';
import { findUntranslatedSpans } from '../../core/text/script.ts';
import { CellText } from '../flags/CellText.tsx';
import type { FindingMark } from '../flags/highlights.ts';

/** BCP 47 tags of the document's two languages, for fonts and screen readers. */
export const SOURCE_LANG = 'zh-Hans';
export const TARGET_LANG = 'en';

/** The BCP 47 tag of the interface language, for messages shown inside a text cell. */
function useInterfaceLang(): string {
  const { i18n } = useTranslation('workspace');
  return i18n.resolvedLanguage === 'zh' ? 'zh-Hans' : 'en';
}

function AbsentText({ message }: { message: string }) {
  return (
    <span className="dz-ws-absent" lang={useInterfaceLang()}>
      {message}
    </span>
  );
}

/** Props of `SourceCell`. */
export interface SourceCellProps {
  /** The unit's Chinese text, `null` when it has no source side. */
  text: string | null;
  /** Whether the document has a source at all (tells "not yet" from "addition"). */
  documentHasSource: boolean;
  /** The unit's live flags on the source side. */
  flags: readonly Flag[];
  /** Findings of the automatic checks about the Chinese (dotted underlines). */
  findings?: readonly FindingMark[];
}

/** The left, Chinese cell of a row. */
export function SourceCell({ text, documentHasSource, flags, findings }: SourceCellProps) {
  const { t } = useTranslation('workspace');
  return (
    <div
      role="gridcell"
      data-testid="unit-source"
      lang={SOURCE_LANG}
      className={`dz-ws-cell dz-ws-cell--source${text === null ? ' dz-ws-cell--empty' : ''}`}
    >
      {text === null ? (
        <AbsentText message={t(documentHasSource ? 'empty.addition' : 'empty.noSource')} />
      ) : (
        // Always CellText, even with nothing to mark: switching component when
        // the first flag or finding arrives would remount the text and make
        // the virtualiser re-measure the row.
        <CellText text={text} flags={flags} findings={findings} />
      )}
    </div>
  );
}

/** Props of `TargetCell`. */
export interface TargetCellProps {
  /** The unit's English text, `null` when it has no target side. */
  text: string | null;
  /** The unit's live flags on the target side. */
  flags: readonly Flag[];
  /** Shown instead of the text when given (the unit editor, tracked changes). */
  content?: ReactNode;
  onDoubleClick?: () => void;
}

/** The right, English cell of a row, with untranslated spans and flags marked. */
export function TargetCell({ text, flags, content = null, onDoubleClick }: TargetCellProps) {
  const { t } = useTranslation('workspace');
  // Detection runs when a row is first rendered, not for the whole document
  // upfront; the row is memoised, so scrolling does not repeat it.
  const untranslated = useMemo(() => (text === null ? [] : findUntranslatedSpans(text)), [text]);
  return (
    <div
      role="gridcell"
      data-testid="unit-target"
      lang={TARGET_LANG}
      className={`dz-ws-cell dz-ws-cell--target${text === null ? ' dz-ws-cell--empty' : ''}`}
      onDoubleClick={onDoubleClick}
    >
      {content !== null ? (
        content
      ) : text === null ? (
        <AbsentText message={t('empty.omission')} />
      ) : (
        <CellText
          text={text}
          flags={flags}
          untranslated={untranslated}
          untranslatedTitle={t('untranslated')}
          untranslatedLang={SOURCE_LANG}
        />
      )}
    </div>
  );
}
