import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../core/align/index.ts';
import { describeSpan } from '../../core/anchor/index.ts';
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
  const start = text.indexOf(words);
  return {
    id: 'f1',
    anchor: describeSpan(text, start, start + words.length, { side: 'target', unit: 0, version }),
    category: 'Accuracy/Mistranslation',
    severity: 'minor',
    comment: '',
    suggestion: null,
    status: 'open',
    author: { name: 'R', role: 'reviewer' },
    createdAt: '2024-03-09T00:00:00.000Z',
    updatedAt: '2024-03-09T00:00:00.000Z',
    origin: 'manual',
  };
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
