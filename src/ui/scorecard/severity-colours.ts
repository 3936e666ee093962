/**
 * Severity colours for the charts, as literal values: the charts are
 * serialised into the HTML report, where the app's CSS variables do not
 * exist. The same values as `--dz-sev-*` in `ui/flags/flags.css`.
 */
import type { Severity } from '../../core/model/flag.ts';

/** Fill colour of each severity. */
export const SEVERITY_COLOURS: Readonly<Record<Severity, string>> = {
  critical: '#7f1d1d',
  major: '#c81e1e',
  minor: '#a15c07',
  neutral: '#5b6270',
};
