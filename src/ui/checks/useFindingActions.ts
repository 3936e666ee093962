/**
 * What the checks panel does with a finding: accept it as a flag, dismiss
 * it (or restore it), apply its quick fix as a revision, switch a check on
 * or off. Flags and revisions go through the review store, so they are
 * logged and undoable like any other; settings go to the project through
 * the projects store's `setPart('checks', …)`.
 */
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flag } from '../../core/model/flag.ts';
import type { Project } from '../../core/model/project.ts';
import { mtText, sourceText } from '../../core/revision/index.ts';
import {
  DEFAULT_CHECKS,
  dismissalOf,
  withCheckSwitched,
  withDismissal,
  withRestored,
} from '../../store/checks-settings.ts';
import type { CheckedFinding } from '../../workers/checks-protocol.ts';
import { useProjectsStore } from '../app/store-context.tsx';
import { useReviewStore } from '../flags/review-context.tsx';
import { UnitOverlayContext } from '../workspace/unit-overlay.ts';
import { acceptedFlag, fixedText, type UnitTexts } from './finding-actions.ts';

/** The actions on findings; each returns whether it did something. */
export interface FindingActions {
  /** Make the finding a flag; returns it (the caller opens the flag editor). */
  accept: (finding: CheckedFinding) => Flag | null;
  dismiss: (finding: CheckedFinding, reason: string) => void;
  restore: (key: string) => void;
  /** Apply the finding's fix as a revision; `false` when it could not be applied. */
  fix: (finding: CheckedFinding) => boolean;
  switchCheck: (id: string, on: boolean) => void;
  /** The unit's texts as shown now. */
  textsOf: (unit: number) => UnitTexts;
}

/** The actions for `project`'s findings. */
export function useFindingActions(project: Project): FindingActions {
  const { t } = useTranslation('checks');
  const review = useReviewStore();
  const projects = useProjectsStore();
  const overlay = useContext(UnitOverlayContext);
  const { document } = project;

  const textsOf = (unit: number): UnitTexts => ({
    target: overlay?.texts[unit] ?? mtText(document, unit),
    version: overlay?.versions[unit] ?? 'mt',
    source: sourceText(document, unit),
  });
  const message = (finding: CheckedFinding) => t(`qa:${finding.messageKey}`, finding.params);
  const settings = () => projects.getState().current?.checks ?? DEFAULT_CHECKS;
  const store = (next: ReturnType<typeof settings>) =>
    void projects.getState().setPart('checks', next);

  return {
    textsOf,
    accept(finding) {
      const input = acceptedFlag(finding, textsOf(finding.unit), message(finding));
      return input ? review.getState().addFlag(input) : null;
    },
    dismiss(finding, reason) {
      const author = projects.getState().profile.getState().profile.name;
      const at = new Date().toISOString();
      store(withDismissal(settings(), dismissalOf(finding, reason, author, at)));
    },
    restore(key) {
      store(withRestored(settings(), key));
    },
    fix(finding) {
      if (!finding.fix) return false;
      const { target, version } = textsOf(finding.unit);
      const text = fixedText(target, finding.fix);
      if (text === null) return false;
      const comment = t('checks:action.fixComment', {
        check: t(`qa:checks.${finding.check}.name`),
        message: message(finding),
      });
      const revision = review
        .getState()
        .saveRevision(finding.unit, { text: target, version }, text, comment);
      return revision !== null;
    },
    switchCheck(id, on) {
      store(withCheckSwitched(settings(), id, on));
    },
  };
}
