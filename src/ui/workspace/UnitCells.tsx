/**
 * The two text cells of a unit row. The Chinese cell shows the source slice;
 * the English cell shows the translation with untranslated Chinese marked.
 * A side the unit lacks shows why it is empty instead of a blank cell, so an
 * omission reads as a finding rather than a rendering glitch.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { findUntranslatedSpans } from '../../core/text/script.ts';
import { segmentText } from './marks.ts';

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
}

/** The left, Chinese cell of a row. */
export function SourceCell({ text, documentHasSource }: SourceCellProps) {
  const { t } = useTranslation('workspace');
  return (
    <div
      role="gridcell"
      data-testid="unit-source"
      lang={SOURCE_LANG}
      className={`dz-ws-cell dz-ws-cell--source${text === null ? ' dz-ws-cell--empty' : ''}`}
    >
      {text ?? <AbsentText message={t(documentHasSource ? 'empty.addition' : 'empty.noSource')} />}
    </div>
  );
}

/** Props of `TargetCell`. */
export interface TargetCellProps {
  /** The unit's English text, `null` when it has no target side. */
  text: string | null;
}

/** The right, English cell of a row, with untranslated spans marked. */
export function TargetCell({ text }: TargetCellProps) {
  const { t } = useTranslation('workspace');
  // Detection runs when a row is first rendered, not for the whole document
  // upfront; the row is memoised, so scrolling does not repeat it.
  const segments = useMemo(
    () => (text === null ? [] : segmentText(text, findUntranslatedSpans(text))),
    [text],
  );
  const title = t('untranslated');
  return (
    <div
      role="gridcell"
      data-testid="unit-target"
      lang={TARGET_LANG}
      className={`dz-ws-cell dz-ws-cell--target${text === null ? ' dz-ws-cell--empty' : ''}`}
    >
      {text === null ? (
        <AbsentText message={t('empty.omission')} />
      ) : (
        segments.map((segment, i) =>
          segment.marked ? (
            <mark
              key={i}
              data-testid="untranslated"
              className="dz-ws-untranslated"
              lang={SOURCE_LANG}
              title={title}
            >
              {segment.text}
            </mark>
          ) : (
            segment.text
          ),
        )
      )}
    </div>
  );
}
