import { describe, expect, it } from 'vitest';
import { makeFlag } from '../../../tests/helpers/flags.ts';
import { buildDocument } from '../../core/align/index.ts';
import type { Flag } from '../../core/model/flag.ts';
import type { UnitOverlay } from '../workspace/unit-overlay.ts';
import { isOrphaned, unitText, unitVersion } from './anchoring.ts';

const document = buildDocument(
  '我们将全力稳岗位。',
  'We will make every effort to stabilize jobs.',
);
const overlay: UnitOverlay = {
  texts: ['We will spare no effort to stabilise jobs.'],
  versions: ['rev:r1'],
  statuses: ['edited'],
  targetContent: () => null,
  onEditRequest: () => undefined,
};

function flagOn(text: string, words: string, version: string): Flag {
  return makeFlag({ id: 'f1', text, words, version });
}

describe('the text flags are placed in', () => {
  it('is the revised English and its version when revisions overlay the grid', () => {
    expect(unitText(document, 0, 'target', overlay)).toBe(overlay.texts[0]);
    expect(unitVersion(0, 'target', overlay)).toBe('rev:r1');
    // The Chinese never changes.
    expect(unitText(document, 0, 'source', overlay)).toBe('我们将全力稳岗位。');
    expect(unitVersion(0, 'source', overlay)).toBe('mt');
  });

  it('is the MT without an overlay', () => {
    expect(unitText(document, 0, 'target')).toBe('We will make every effort to stabilize jobs.');
    expect(unitVersion(0, 'target')).toBe('mt');
  });

  it('orphans a flag whose words the revision replaced, and keeps one made on the revision', () => {
    const onMt = flagOn('We will make every effort to stabilize jobs.', 'make every effort', 'mt');
    expect(isOrphaned(document, onMt)).toBe(false);
    expect(isOrphaned(document, onMt, overlay)).toBe(true);
    const onRevision = flagOn(overlay.texts[0]!, 'spare no effort', 'rev:r1');
    expect(isOrphaned(document, onRevision, overlay)).toBe(false);
  });
});
