/**
 * The scorecard of the open project, as a full-screen dialog over the
 * workspace: the preset, the headline score, the charts, the worst units
 * and the downloads on one tab; other reviewers, agreement and adjudication
 * on the other. The score is recomputed from the live flags on every
 * change, so editing the preset shows its effect at once.
 */
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { FlagContext, Review } from '../../core/agreement/index.ts';
import type { Flag } from '../../core/model/flag.ts';
import type { Project } from '../../core/model/project.ts';
import { scoreFlags } from '../../core/score/index.ts';
import type { ReviewStore } from '../../store/review.ts';
import type { ShowNotice } from '../app/notice.ts';
import { useProjects } from '../app/store-context.tsx';
import { Dialog } from '../common/Dialog.tsx';
import { planAdjudication } from './adjudication-plan.ts';
import { PresetEditor } from './PresetEditor.tsx';
import { ReportActions } from './ReportActions.tsx';
import { ReviewersTab } from './ReviewersTab.tsx';
import { ScoreHeadline } from './ScoreHeadline.tsx';
import { usePreset } from './usePreset.ts';
import { WorstUnits } from './WorstUnits.tsx';
import './scorecard.css';

const ScorecardCharts = lazy(() => import('./ScorecardCharts.tsx'));

type Tab = 'score' | 'reviewers';

/** Props of `ScorecardDialog`. */
export interface ScorecardDialogProps {
  project: Project;
  review: ReviewStore;
  /** Close the scorecard and show unit `unit` in the workspace. */
  onJump: (unit: number) => void;
  onClose: () => void;
  onNotice: ShowNotice;
}

/** The scorecard (see the module comment). */
export function ScorecardDialog({
  project,
  review,
  onJump,
  onClose,
  onNotice,
}: ScorecardDialogProps) {
  const { t } = useTranslation('scorecard');
  const { preset, setPreset, error } = usePreset(project.id);
  const flagMap = useStore(review, (s) => s.review.flags);
  const profile = useProjects((s) => s.profile);
  const flags = useMemo(() => [...flagMap.values()], [flagMap]);
  const { document } = project;
  const scorecard = useMemo(() => scoreFlags(flags, document, preset), [flags, document, preset]);
  const [tab, setTab] = useState<Tab>('score');
  const chartsRoot = useRef<HTMLDivElement>(null);
  const own: Review = useMemo(() => ({ name: t('reviewers.own'), flags }), [t, flags]);
  const context: FlagContext = {
    author: profile.getState().profile,
    now: () => new Date().toISOString(),
    newId: () => crypto.randomUUID(),
  };

  const apply = (adjudicated: Flag[]) => {
    const plan = planAdjudication(review.getState().review.flags.values(), adjudicated);
    const state = review.getState();
    plan.remove.forEach((id) => state.deleteFlag(id));
    plan.add.forEach((input) => state.addFlag(input));
    onNotice({
      key: 'scorecard:disagreements.applied',
      values: { added: plan.add.length, removed: plan.remove.length },
      tone: 'info',
    });
  };

  return (
    <Dialog
      title={t('title')}
      onClose={onClose}
      className="dialog--scorecard"
      data-testid="scorecard"
    >
      <div className="dz-scorecard-tabs" role="tablist">
        {(['score', 'reviewers'] as const).map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            data-testid={`scorecard-tab-${id}`}
            onClick={() => setTab(id)}
          >
            {t(`tabs.${id}`)}
          </button>
        ))}
        <button type="button" className="dz-scorecard-close" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {error && (
        <p role="alert" className="dz-scorecard-error">
          {t('preset.saveFailed', { detail: error.message })}
        </p>
      )}
      <div role="tabpanel" className="dz-scorecard-body">
        <PresetEditor preset={preset} onChange={setPreset} />
        {tab === 'score' ? (
          <>
            <ScoreHeadline scorecard={scorecard} />
            <ReportActions
              scorecard={scorecard}
              preset={preset}
              document={document}
              flags={flags}
              projectName={project.name}
              chartsRoot={chartsRoot}
            />
            <div ref={chartsRoot}>
              <Suspense fallback={<p role="status">{t('charts.loading')}</p>}>
                <ScorecardCharts scorecard={scorecard} onJump={onJump} />
              </Suspense>
            </div>
            <WorstUnits scorecard={scorecard} document={document} onJump={onJump} />
          </>
        ) : (
          <ReviewersTab
            document={document}
            preset={preset}
            own={own}
            context={context}
            onApply={apply}
            onNotice={onNotice}
          />
        )}
      </div>
    </Dialog>
  );
}
