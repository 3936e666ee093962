/**
 * The searchable category picker: a text box filtering a list of the
 * typology's categories grouped by top-level category (ARIA combobox with
 * an always-open listbox). Typing filters, ↑/↓ move the choice, Enter
 * confirms the highlighted category and submits the editor, so a reviewer
 * who wants the category they used last just presses Enter.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { KeyboardEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { filterOptions, groupOptions, highlighted, stepOption } from './category-options.ts';
import type { CategoryOption } from './category-options.ts';

/** Props of `CategoryPicker`. */
export interface CategoryPickerProps {
  options: readonly CategoryOption[];
  /** The chosen category path, `null` before one is chosen. */
  value: string | null;
  onChange: (path: string) => void;
  /** Enter was pressed on a listed category, given here (state set by `onChange` may not be rendered yet). */
  onSubmit: (path: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  /** Shown under the box when the form was submitted without a category. */
  error?: string | null;
}

/** The category picker (see the module comment). */
export function CategoryPicker({
  options,
  value,
  onChange,
  onSubmit,
  inputRef,
  error,
}: CategoryPickerProps) {
  const { t } = useTranslation('flags');
  const id = useId();
  const [query, setQuery] = useState('');
  const listed = useMemo(() => filterOptions(options, query), [options, query]);
  const current = highlighted(listed, value);
  const optionId = (path: string) => `${id}-option-${options.findIndex((o) => o.path === path)}`;

  // The highlighted option stays in view while the person moves through a long list.
  useEffect(() => {
    if (!current) return;
    const element = document.getElementById(optionId(current.path));
    element?.scrollIntoView?.({ block: 'nearest' });
    // optionId depends on options only through the index lookup done here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current?.path]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = stepOption(listed, current?.path ?? null, event.key === 'ArrowDown' ? 1 : -1);
      if (next) onChange(next.path);
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      // Enter submits the editor with the highlighted category, or, with
      // nothing listed, stays put rather than saving a category not chosen.
      event.preventDefault();
      if (!current) return;
      onChange(current.path);
      onSubmit(current.path);
    }
  };

  return (
    <div className="dz-picker">
      <label htmlFor={`${id}-input`} className="dz-field-label">
        {t('editor.category')}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(current.path) : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        data-testid="category-search"
        placeholder={t('picker.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          const first = highlighted(filterOptions(options, event.target.value), value);
          if (first && first.path !== value) onChange(first.path);
        }}
        onKeyDown={onKeyDown}
      />
      {error && (
        <p id={`${id}-error`} className="dz-field-error">
          {error}
        </p>
      )}
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={t('picker.label')}
        className="dz-picker-list"
      >
        {listed.length === 0 && (
          <li role="presentation" className="dz-picker-none">
            {t('picker.none')}
          </li>
        )}
        {groupOptions(listed).map((group) => (
          <li key={group.path} role="presentation">
            <span className="dz-picker-group" aria-hidden="true">
              {group.label}
            </span>
            <ul role="group" aria-label={group.label}>
              {group.options.map((option) => (
                <li
                  key={option.path}
                  id={optionId(option.path)}
                  role="option"
                  aria-selected={option.path === current?.path}
                  data-path={option.path}
                  className="dz-picker-option"
                  // Keep focus in the text box, where the keys work.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => onChange(option.path)}
                >
                  {option.parent ? t('picker.general', { name: option.label }) : option.label}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
