/**
 * A unit's English as tracked changes against its MT: insertions and
 * deletions coloured per author, each with who, when and why on hover (a
 * `title`, which screen readers read as the description too).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Revision } from '../../core/model/revision.ts';
import { authorHue } from './author-hue.ts';
import { chainTo, trackedRuns } from './tracked-runs.ts';

/** Props of `TrackedText`. */
export interface TrackedTextProps {
  mt: string;
  /** The version shown (the unit's head). */
  version: string;
  /** The unit's revisions, by id. */
  revisions: ReadonlyMap<string, Revision>;
}

/** The tracked text of one unit. */
export function TrackedText({ mt, version, revisions }: TrackedTextProps) {
  const { t } = useTranslation('revisions');
  const runs = useMemo(
    () => trackedRuns(mt, chainTo(version, revisions)),
    [mt, version, revisions],
  );
  return (
    <span data-testid="tracked-text">
      {runs.map((run, index) => {
        if (run.kind === 'kept' || !run.by) return <span key={index}>{run.text}</span>;
        const { author, at, comment } = run.by;
        const who = { name: author.name, at: new Date(at).toLocaleString() };
        const title = [
          t(run.kind === 'inserted' ? 'tracked.inserted' : 'tracked.deleted', who),
          comment ? t('tracked.why', { comment }) : '',
        ]
          .filter(Boolean)
          .join('\n');
        const Tag = run.kind === 'inserted' ? 'ins' : 'del';
        return (
          <Tag
            key={index}
            className={`dz-tracked dz-tracked--hue${authorHue(author.name)}`}
            title={title}
            data-author={author.name}
          >
            {run.text}
          </Tag>
        );
      })}
    </span>
  );
}
