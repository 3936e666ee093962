// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultPreset, scoringPresetSchema, type ScoringPreset } from '../../core/score/index.ts';
import { initI18n } from '../../i18n/index.ts';
import { PresetEditor } from './PresetEditor.tsx';

beforeAll(() => {
  initI18n('en');
});

afterEach(() => {
  cleanup();
});

/** The editor over a preset in state, recording every preset it reports. */
function Harness({ seen }: { seen: ScoringPreset[] }) {
  const [preset, setPreset] = useState(defaultPreset);
  return (
    <PresetEditor
      preset={preset}
      onChange={(next) => {
        seen.push(next);
        setPreset(next);
      }}
    />
  );
}

describe('PresetEditor', () => {
  it('edits severity weights, the pass mark and normalisation, reporting only valid presets', async () => {
    const user = userEvent.setup();
    const seen: ScoringPreset[] = [];
    render(<Harness seen={seen} />);
    expect(screen.queryByTestId('preset-edited')).toBeNull();
    await user.click(screen.getByTestId('preset-edit'));

    const major = screen.getByTestId('severity-weight-major');
    await user.clear(major);
    expect(major.getAttribute('aria-invalid')).toBe('true');
    await user.type(major, '7');
    expect(seen.at(-1)?.severityWeights.major).toBe(7);

    const threshold = screen.getByTestId('preset-threshold');
    await user.clear(threshold);
    expect(seen.at(-1)?.passThreshold).toBeNull();
    await user.type(threshold, '-');
    expect(seen.at(-1)?.passThreshold).toBeNull();
    await user.clear(threshold);
    await user.type(threshold, '12.5');
    expect(seen.at(-1)?.passThreshold).toBe(12.5);

    await user.selectOptions(screen.getByTestId('preset-normalisation'), 'per-unit');
    expect(seen.at(-1)?.normalisation).toBe('per-unit');

    // Never an invalid preset, and the change is shown as an edit of the shipped one.
    for (const preset of seen) expect(scoringPresetSchema.safeParse(preset).success).toBe(true);
    expect(screen.getByTestId('preset-edited')).toBeTruthy();
  });

  it('adds a category weight, refuses a duplicate, and switching preset starts from shipped values', async () => {
    const user = userEvent.setup();
    const seen: ScoringPreset[] = [];
    render(<Harness seen={seen} />);
    await user.click(screen.getByTestId('preset-edit'));
    const before = screen.queryAllByTestId('category-weight').length;
    await user.type(screen.getByTestId('category-weight-new'), 'Terminology');
    await user.click(screen.getByTestId('category-weight-add'));
    expect(screen.queryAllByTestId('category-weight')).toHaveLength(before + 1);
    expect(seen.at(-1)?.categoryWeights.at(-1)).toEqual({ category: 'Terminology', weight: 1 });
    const count = seen.length;
    await user.type(screen.getByTestId('category-weight-new'), 'terminology');
    await user.click(screen.getByTestId('category-weight-add'));
    expect(seen).toHaveLength(count);

    await user.selectOptions(screen.getByTestId('preset-select'), 'wmt');
    expect(seen.at(-1)?.id).toBe('wmt');
    expect(screen.queryByTestId('preset-edited')).toBeNull();
  });
});
