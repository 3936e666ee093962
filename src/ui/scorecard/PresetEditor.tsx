/**
 * Choosing and editing the scoring preset: a shipped preset to start from,
 * then its severity weights, category weights, fixed penalties, pass mark,
 * per-unit cap and normalisation. Every edit is validated before it is
 * reported (see `preset-edits.ts`), so `onChange` only ever sees a preset
 * the schema accepts.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEVERITIES } from '../../core/model/flag.ts';
import {
  BUILTIN_PRESETS,
  NORMALISATIONS,
  builtinPreset,
  type Normalisation,
  type ScoringPreset,
} from '../../core/score/index.ts';
import { NumberField } from './NumberField.tsx';
import {
  isEdited,
  withAddedCategoryWeight,
  withCategoryWeight,
  withOverrideWeight,
  withSettings,
  withSeverityWeight,
} from './preset-edits.ts';

/** Props of `PresetEditor`. */
export interface PresetEditorProps {
  preset: ScoringPreset;
  onChange: (preset: ScoringPreset) => void;
}

/** The preset menu and editor (see the module comment). */
export function PresetEditor({ preset, onChange }: PresetEditorProps) {
  const { t } = useTranslation('scorecard');
  const selectId = useId();
  const [newCategory, setNewCategory] = useState('');
  const [newWeight, setNewWeight] = useState<number | null>(1);
  const apply = (next: ScoringPreset | null) => {
    if (next) onChange(next);
  };
  const add = () => {
    const next = withAddedCategoryWeight(preset, newCategory, newWeight ?? 1);
    if (!next) return;
    onChange(next);
    setNewCategory('');
  };

  return (
    <section className="dz-preset" data-testid="preset-editor" aria-label={t('preset.heading')}>
      <div className="dz-preset-choice">
        <label htmlFor={selectId}>{t('preset.label')}</label>
        <select
          id={selectId}
          data-testid="preset-select"
          value={preset.id}
          onChange={(event) => apply(builtinPreset(event.target.value) ?? null)}
        >
          {BUILTIN_PRESETS.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
        {isEdited(preset) && (
          <>
            <span className="dz-preset-edited" data-testid="preset-edited">
              {t('preset.edited')}
            </span>
            <button type="button" onClick={() => apply(builtinPreset(preset.id) ?? null)}>
              {t('preset.reset')}
            </button>
          </>
        )}
      </div>
      <p className="dz-muted">{preset.description}</p>
      <details className="dz-preset-details">
        <summary data-testid="preset-edit">{t('preset.edit')}</summary>
        <fieldset>
          <legend>{t('preset.severityWeights')}</legend>
          {SEVERITIES.map((severity) => (
            <NumberField
              key={severity}
              label={t(`flags:severity.${severity}`)}
              value={preset.severityWeights[severity]}
              data-testid={`severity-weight-${severity}`}
              onChange={(weight) => apply(withSeverityWeight(preset, severity, weight ?? 0))}
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('preset.settings')}</legend>
          <NumberField
            label={t('preset.threshold')}
            value={preset.passThreshold}
            allowEmpty
            data-testid="preset-threshold"
            onChange={(passThreshold) => apply(withSettings(preset, { passThreshold }))}
          />
          <NumberField
            label={t('preset.maxErrors')}
            value={preset.maxErrorsPerUnit}
            allowEmpty
            integer
            min={1}
            step={1}
            onChange={(maxErrorsPerUnit) => apply(withSettings(preset, { maxErrorsPerUnit }))}
          />
          <label className="dz-number-field">
            <span>{t('preset.normalisation')}</span>
            <select
              data-testid="preset-normalisation"
              value={preset.normalisation}
              onChange={(event) =>
                apply(withSettings(preset, { normalisation: event.target.value as Normalisation }))
              }
            >
              {NORMALISATIONS.map((normalisation) => (
                <option key={normalisation} value={normalisation}>
                  {t(`normalisation.${normalisation}`)}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('preset.categoryWeights')}</legend>
          <ul className="dz-preset-rows">
            {preset.categoryWeights.map((entry, index) => (
              <li key={`${entry.category}-${index}`} data-testid="category-weight">
                <span className="dz-preset-category">{entry.category}</span>
                <NumberField
                  label={t('preset.weight')}
                  value={entry.weight}
                  onChange={(weight) =>
                    apply(withCategoryWeight(preset, index, { ...entry, weight: weight ?? 0 }))
                  }
                />
                <button
                  type="button"
                  onClick={() => apply(withCategoryWeight(preset, index, null))}
                >
                  {t('preset.remove')}
                </button>
              </li>
            ))}
          </ul>
          <div className="dz-preset-add">
            <label className="dz-number-field">
              <span>{t('preset.category')}</span>
              <input
                type="text"
                value={newCategory}
                data-testid="category-weight-new"
                placeholder="Accuracy/Omission"
                onChange={(event) => setNewCategory(event.target.value)}
              />
            </label>
            <NumberField label={t('preset.weight')} value={newWeight} onChange={setNewWeight} />
            <button type="button" data-testid="category-weight-add" onClick={add}>
              {t('preset.add')}
            </button>
          </div>
        </fieldset>
        {preset.categoryOverrides.length > 0 && (
          <fieldset>
            <legend>{t('preset.overrides')}</legend>
            <ul className="dz-preset-rows">
              {preset.categoryOverrides.map((entry, index) => (
                <li key={`${entry.category}-${index}`}>
                  <span className="dz-preset-category">
                    {t('preset.override', {
                      category: entry.category,
                      severities: entry.severities
                        .map((severity) => t(`flags:severity.${severity}`))
                        .join(', '),
                    })}
                  </span>
                  <NumberField
                    label={t('preset.penalty')}
                    value={entry.weight}
                    onChange={(weight) => apply(withOverrideWeight(preset, index, weight ?? 0))}
                  />
                  <button
                    type="button"
                    onClick={() => apply(withOverrideWeight(preset, index, null))}
                  >
                    {t('preset.remove')}
                  </button>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
      </details>
    </section>
  );
}
