/**
 * Text with its inline-code placeholders drawn as protected tokens (chips).
 *
 * The chip keeps the placeholder character as its only text, shrunk to
 * nothing by CSS, and shows the code's label with CSS generated content:
 * the cell's text nodes then still add up to the unit's text, character for
 * character, which is what selections and flag offsets count
 * (`flags/selection-offsets.ts`). The label and title come from the file
 * and are rendered as attributes and text, never as markup.
 */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { FIRST_CODE_POINT, findCode } from '../../core/model/inline-code.ts';
import { useCodesOfText, useHasCodes } from './codes-context.tsx';
import './tokens.css';

const CODE_CHAR = /[\ue000-\uf8ff]/;
const CODE_RUNS = /([\ue000-\uf8ff])/;

/** Props of `TokenText`. */
export interface TokenTextProps {
  /** The whole text of the cell (its codes are found by it). */
  text: string;
  /** The part of it to render. */
  start: number;
  end: number;
}

/** `text.slice(start, end)` with protected tokens for its codes. */
export function TokenText({ text, start, end }: TokenTextProps) {
  const { t } = useTranslation('interchange');
  const codes = useCodesOfText(text);
  const any = useHasCodes();
  const slice = text.slice(start, end);
  if (!any || !CODE_CHAR.test(slice)) return slice;
  // Keys are the pieces' offsets, computed before rendering.
  const parts = slice.split(CODE_RUNS);
  const offsets = parts.reduce<number[]>(
    (starts, part, i) => [...starts, (starts[i] ?? start) + part.length],
    [start],
  );
  return parts.map((part, i) => {
    const key = offsets[i] ?? start;
    if (part === '') return null;
    if (part.length !== 1 || !CODE_CHAR.test(part)) return <Fragment key={key}>{part}</Fragment>;
    const code = findCode(codes, part);
    // A placeholder of a revised text whose unit we cannot tell: still a code, numbered.
    const label = code?.label ?? String(part.charCodeAt(0) - FIRST_CODE_POINT + 1);
    const title = code?.title ?? label;
    return (
      <span
        key={key}
        className={`dz-token dz-token--${code?.role ?? 'standalone'}`}
        data-testid="code-token"
        data-label={label}
        title={title}
        aria-label={t('token', { label, title })}
        contentEditable={false}
      >
        {part}
      </span>
    );
  });
}
