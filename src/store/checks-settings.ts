/**
 * A project's check settings (`project.checks`): which checks are off and
 * which findings were dismissed. Pure functions from settings to settings;
 * the caller stores the result with the projects store's `setPart`.
 */
import type { DismissedFinding, ProjectChecks } from '../core/model/project-extras.ts';
import type { CheckedFinding } from '../workers/checks-protocol.ts';

/** Settings of a project that never changed them: every check on, nothing dismissed. */
export const DEFAULT_CHECKS: ProjectChecks = { disabled: [], dismissed: [] };

/** The key a dismissal and a finding share while the finding is the same (see `DismissedFinding`). */
export function dismissalKey(
  d: Pick<DismissedFinding, 'unit' | 'check' | 'messageKey' | 'quote'>,
): string {
  return `${d.unit}\u0000${d.check}\u0000${d.messageKey}\u0000${d.quote}`;
}

/** The dismissal of `finding` by `author` at `at`, for `reason` (trimmed, may be empty). */
export function dismissalOf(
  finding: CheckedFinding,
  reason: string,
  author: string,
  at: string,
): DismissedFinding {
  return {
    check: finding.check,
    unit: finding.unit,
    messageKey: finding.messageKey,
    quote: finding.quote,
    reason: reason.trim(),
    author,
    at,
  };
}

/** `settings` with `dismissal` added, replacing an earlier dismissal of the same finding. */
export function withDismissal(settings: ProjectChecks, dismissal: DismissedFinding): ProjectChecks {
  const key = dismissalKey(dismissal);
  return {
    ...settings,
    dismissed: [...settings.dismissed.filter((d) => dismissalKey(d) !== key), dismissal],
  };
}

/** `settings` without the dismissal of `key` (the finding shows again). */
export function withRestored(settings: ProjectChecks, key: string): ProjectChecks {
  return { ...settings, dismissed: settings.dismissed.filter((d) => dismissalKey(d) !== key) };
}

/** `settings` with check `id` switched on or off. */
export function withCheckSwitched(settings: ProjectChecks, id: string, on: boolean): ProjectChecks {
  const others = settings.disabled.filter((d) => d !== id);
  return { ...settings, disabled: on ? others : [...others, id] };
}
