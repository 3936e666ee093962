/**
 * The scorecard's charts, drawn with Recharts: flags by category, stacked
 * by severity, and the score of each paragraph along the document so that
 * hot spots stand out. This module is the only one that imports Recharts
 * and is loaded with `React.lazy`, keeping the charting library (the
 * largest dependency) out of the start-up bundle.
 *
 * Fixed sizes rather than a responsive container: the SVG is serialised
 * into the HTML report, and a chart measured from the dialog's width would
 * print at whatever size the window happened to be. Animation is off for
 * the same reason: a report taken mid-animation would show half bars.
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { SEVERITIES } from '../../core/model/flag.ts';
import type { Scorecard } from '../../core/score/index.ts';
import { SEVERITY_COLOURS } from './severity-colours.ts';

/** Props of `ScorecardCharts`. */
export interface ScorecardChartsProps {
  scorecard: Scorecard;
  /** Show unit `unit` in the workspace. */
  onJump: (unit: number) => void;
}

const WIDTH = 640;
const BAR_HEIGHT = 26;
const HOT = '#b42318';
const CALM = '#1f4e79';

function CategoryChart({ scorecard }: { scorecard: Scorecard }) {
  const { t } = useTranslation('scorecard');
  const data = scorecard.byCategory.map((row) => ({ category: row.category, ...row.severities }));
  return (
    <figure className="dz-chart" data-testid="chart-category">
      <figcaption>{t('charts.category')}</figcaption>
      {data.length === 0 ? (
        <p className="dz-muted">{t('charts.empty')}</p>
      ) : (
        <>
          <BarChart
            width={WIDTH}
            height={60 + data.length * BAR_HEIGHT}
            data={data}
            layout="vertical"
            margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="category" width={200} />
            <Tooltip />
            {SEVERITIES.map((severity) => (
              <Bar
                key={severity}
                dataKey={severity}
                name={t(`flags:severity.${severity}`)}
                stackId="severity"
                fill={SEVERITY_COLOURS[severity]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
          <ul className="dz-chart-legend">
            {SEVERITIES.map((severity) => (
              <li key={severity}>
                <span className={`dz-swatch dz-swatch--${severity}`} aria-hidden="true" />
                {t(`flags:severity.${severity}`)}
              </li>
            ))}
          </ul>
        </>
      )}
    </figure>
  );
}

function ParagraphChart({ scorecard, onJump }: ScorecardChartsProps) {
  const { t } = useTranslation('scorecard');
  const threshold = scorecard.passThreshold;
  const data = scorecard.paragraphs.map((p) => ({
    paragraph: p.paragraph + 1,
    score: p.normalised ?? 0,
    first: p.units[0],
  }));
  return (
    <figure className="dz-chart" data-testid="chart-paragraphs">
      <figcaption>{t('charts.paragraphs')}</figcaption>
      <BarChart
        width={WIDTH}
        height={180}
        data={data}
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="paragraph" />
        <YAxis />
        <Tooltip />
        <Bar
          dataKey="score"
          name={t('charts.score')}
          isAnimationActive={false}
          minPointSize={1}
          onClick={(entry: { payload?: { first?: number } }) => {
            if (entry.payload?.first !== undefined) onJump(entry.payload.first);
          }}
        >
          {data.map((entry) => (
            <Cell
              key={entry.paragraph}
              cursor="pointer"
              // Over the pass mark is a hot spot; without a pass mark, any penalty is.
              fill={(threshold === null ? entry.score > 0 : entry.score > threshold) ? HOT : CALM}
            />
          ))}
        </Bar>
      </BarChart>
      <p className="dz-muted">{t('charts.paragraphsHint')}</p>
    </figure>
  );
}

/** Both charts. Default export, for `React.lazy`. */
export default function ScorecardCharts({ scorecard, onJump }: ScorecardChartsProps) {
  return (
    <div className="dz-charts">
      <CategoryChart scorecard={scorecard} />
      <ParagraphChart scorecard={scorecard} onJump={onJump} />
    </div>
  );
}
