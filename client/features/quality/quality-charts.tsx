/**
 * Small SVG charts for the quality dashboard. Each is an image with a text alternative; the numbers
 * are always also in a table beside it (the charts are for seeing, the tables for reading).
 */
import type { JSX } from 'react';

/** A rate in percent with its 95% interval and sample size. */
export interface ChartRate {
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  readonly n: number;
}

/** One bar: a label and a rate. */
export interface RateRow {
  readonly label: string;
  readonly rate: ChartRate;
}

const WIDTH = 640;

/**
 * Horizontal bars with 95% interval whiskers (empty groups are drawn as "no decisions").
 * @param props - title and rows
 * @returns the chart
 */
export function RateBars({ title, rows }: { readonly title: string; readonly rows: readonly RateRow[] }): JSX.Element {
  const rowHeight = 22;
  const labelWidth = 200;
  const plot = WIDTH - labelWidth - 60;
  const height = rows.length * rowHeight + 24;
  const x = (p: number): number => labelWidth + (p / 100) * plot;
  return (
    <figure className="quality-chart" data-testid="rate-bars">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${title}. The same numbers are in the table below.`}>
        {[0, 25, 50, 75, 100].map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={0} y2={height - 18} className="grid" />
            <text x={x(t)} y={height - 4} textAnchor="middle" className="axis">
              {t}%
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = i * rowHeight + 4;
          const label = r.label.length > 28 ? `${r.label.slice(0, 27)}…` : r.label;
          return (
            <g key={r.label}>
              <text x={labelWidth - 6} y={y + 13} textAnchor="end" className="label">
                {label}
              </text>
              {r.rate.n === 0 ? (
                <text x={labelWidth + 4} y={y + 13} className="axis">
                  no decisions
                </text>
              ) : (
                <>
                  <rect x={labelWidth} y={y + 3} width={Math.max(1, x(r.rate.estimate) - labelWidth)} height={12} className="bar" />
                  <line x1={x(r.rate.lower)} x2={x(r.rate.upper)} y1={y + 9} y2={y + 9} className="whisker" />
                  <text x={x(r.rate.upper) + 4} y={y + 13} className="axis">
                    n={r.rate.n}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>{title}; bars are estimates, lines 95% intervals.</figcaption>
    </figure>
  );
}

/**
 * Weekly acceptance and override rates as two lines (points with interval bars).
 * @param props - one entry per week, oldest first
 * @returns the chart
 */
export function TrendChart({ weeks }: { readonly weeks: readonly { week: string; accepted: ChartRate; overridden: ChartRate }[] }): JSX.Element {
  const height = 180;
  const left = 40;
  const plotW = WIDTH - left - 20;
  const plotH = height - 40;
  const x = (i: number): number => left + (weeks.length <= 1 ? plotW / 2 : (i / (weeks.length - 1)) * plotW);
  const y = (p: number): number => 10 + plotH - (p / 100) * plotH;
  const path = (pick: (w: (typeof weeks)[number]) => ChartRate): string =>
    weeks.map((w, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(pick(w).estimate).toFixed(1)}`).join(' ');
  const series = [
    { name: 'Accepted', cls: 'accepted', pick: (w: (typeof weeks)[number]) => w.accepted },
    { name: 'Overridden', cls: 'overridden', pick: (w: (typeof weeks)[number]) => w.overridden },
  ];
  return (
    <figure className="quality-chart" data-testid="trend-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label="Weekly acceptance and override rates. The same numbers are in the table below.">
        {[0, 50, 100].map((t) => (
          <g key={t}>
            <line x1={left} x2={WIDTH - 20} y1={y(t)} y2={y(t)} className="grid" />
            <text x={left - 4} y={y(t) + 4} textAnchor="end" className="axis">
              {t}%
            </text>
          </g>
        ))}
        {series.map((s) => (
          <g key={s.cls} className={s.cls}>
            <path d={path(s.pick)} className="line" />
            {weeks.map((w, i) => (
              <g key={w.week}>
                <line x1={x(i)} x2={x(i)} y1={y(s.pick(w).lower)} y2={y(s.pick(w).upper)} className="whisker" />
                <circle cx={x(i)} cy={y(s.pick(w).estimate)} r={3} />
              </g>
            ))}
          </g>
        ))}
        {weeks.map((w, i) => (
          <text key={w.week} x={x(i)} y={height - 12} textAnchor="middle" className="axis">
            {weeks.length > 8 && i % Math.ceil(weeks.length / 8) !== 0 ? '' : w.week.slice(5)}
          </text>
        ))}
      </svg>
      <figcaption>
        <span className="key accepted">●</span> accepted <span className="key overridden">●</span> overridden, as a share of suggestions shown each week (lines: 95% intervals).
      </figcaption>
    </figure>
  );
}
