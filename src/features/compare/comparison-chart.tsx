import { CartesianGrid, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { EVIDENCE_LEVEL_LABELS } from '../../clinical/index.ts';
import type { EvidenceLevel } from '../../clinical/index.ts';
import type { ChartPoint, ChartSeries } from './chart-points';

// Loaded on demand (React.lazy): recharts stays out of the first bundle and out of the table's way.

const LEVELS: readonly EvidenceLevel[] = ['none', 'very-low', 'low', 'moderate', 'high'];
/** Short tick labels that fit a narrow chart. */
const TICKS: Readonly<Record<EvidenceLevel, string>> = {
  none: 'No trials',
  'very-low': 'Very low',
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
};
/** Distinct on white (contrast of 3:1 or more) and paired with a distinct shape each. */
const COLOURS = ['#0b5563', '#6b3fa0', '#9a4d00', '#1d4ed8'] as const;
const SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
/** Axis text in the app's muted colour (contrast 6:1 on white). */
const AXIS_TEXT = '#51606a';
type Shape = (typeof SHAPES)[number];

function markPath(shape: Shape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M ${cx - r} ${cy} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
    case 'square':
      return `M ${cx - r} ${cy - r} h ${2 * r} v ${2 * r} h ${-2 * r} Z`;
    case 'triangle':
      return `M ${cx} ${cy - r * 1.2} L ${cx + r * 1.1} ${cy + r * 0.8} L ${cx - r * 1.1} ${cy + r * 0.8} Z`;
    case 'diamond':
      return `M ${cx} ${cy - r * 1.3} L ${cx + r * 1.1} ${cy} L ${cx} ${cy + r * 1.3} L ${cx - r * 1.1} ${cy} Z`;
  }
}

function Mark({
  point,
  cx,
  cy,
  colour,
  shape,
}: {
  readonly point: ChartPoint | undefined;
  readonly cx: number | undefined;
  readonly cy: number | undefined;
  readonly colour: string;
  readonly shape: Shape;
}) {
  if (point === undefined || cx === undefined || cy === undefined) return null;
  // Several treatments sharing both values make one larger mark.
  const r = 6 + 2 * (Math.sqrt(point.names.length) - 1);
  return (
    <path
      d={markPath(shape, cx, cy, r)}
      fill={point.against ? '#ffffff' : colour}
      stroke={colour}
      strokeWidth={2}
      className="compare-chart__mark"
    >
      <title>{`${point.names.join(', ')}: ${EVIDENCE_LEVEL_LABELS[point.level]} certainty, invasiveness ${point.invasiveness} of 5${point.against ? '; the sources advise against it' : ''}`}</title>
    </path>
  );
}

const styleOf = (index: number) => ({
  colour: COLOURS[index % COLOURS.length] ?? COLOURS[0],
  shape: SHAPES[index % SHAPES.length] ?? 'circle',
});

/** The key, as HTML so long names wrap; each entry shows the option's shape in its colour. */
function ChartKey({ series }: { readonly series: readonly ChartSeries[] }) {
  return (
    <ul className="compare-chart__key" aria-label="Key">
      {series.map((s, index) => {
        const { colour, shape } = styleOf(index);
        return (
          <li key={s.optionId}>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d={markPath(shape, 8, 8, 5)} fill={colour} stroke={colour} strokeWidth={2} />
            </svg>
            {s.label}
          </li>
        );
      })}
      <li>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d={markPath('circle', 8, 8, 5)} fill="#ffffff" stroke="#51606a" strokeWidth={2} />
        </svg>
        Hollow: the sources advise against it
      </li>
    </ul>
  );
}

/** Invasiveness (up) against certainty of evidence (right): one shape and colour per option. */
export function ComparisonChart({ series }: { readonly series: readonly ChartSeries[] }) {
  return (
    <>
      <ChartKey series={series} />
      <div
        className="compare-chart"
        role="img"
        aria-label="Chart of invasiveness against certainty of evidence; the same data is in the table below it."
      >
        <ScatterChart
          responsive
          style={{ width: '100%', height: 360 }}
          margin={{ top: 12, right: 16, bottom: 28, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            domain={[-0.5, 4.5]}
            ticks={[0, 1, 2, 3, 4]}
            tickFormatter={(value: number) => TICKS[LEVELS[value] ?? 'none']}
            label={{
              value: 'Certainty of evidence',
              position: 'insideBottom',
              offset: -18,
              fill: AXIS_TEXT,
            }}
            tick={{ fill: AXIS_TEXT }}
            interval={0}
            fontSize={12}
          />
          <YAxis
            type="number"
            dataKey="invasiveness"
            domain={[0.5, 5.5]}
            ticks={[1, 2, 3, 4, 5]}
            width={64}
            label={{
              value: 'Invasiveness',
              angle: -90,
              position: 'insideLeft',
              offset: 10,
              fill: AXIS_TEXT,
            }}
            tick={{ fill: AXIS_TEXT }}
            fontSize={12}
          />
          {series.map((s, index) => {
            const { colour, shape } = styleOf(index);
            return (
              <Scatter
                key={s.optionId}
                name={s.label}
                data={s.points}
                fill={colour}
                isAnimationActive={false}
                shape={(props: {
                  readonly index: number;
                  readonly cx: number | undefined;
                  readonly cy: number | undefined;
                }) => (
                  <Mark
                    point={s.points[props.index]}
                    cx={props.cx}
                    cy={props.cy}
                    colour={colour}
                    shape={shape}
                  />
                )}
              />
            );
          })}
        </ScatterChart>
      </div>
    </>
  );
}
