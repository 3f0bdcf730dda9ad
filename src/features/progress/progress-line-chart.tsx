import { CartesianGrid, LabelList, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { formatMeasureValue } from '../../clinical/index.ts';
import type { ProgressChart } from '../../clinical/index.ts';
import { formatDate } from '../../lib/dates';

// Loaded on demand (React.lazy): recharts stays out of the patient screen's first paint.

/** Two series per chart at most; each has its own colour, dash and marker, never colour alone. */
const STYLES = [
  { colour: '#0b5563', dash: 'none', marker: 'circle', label: 'top' },
  { colour: '#6b3fa0', dash: '6 4', marker: 'square', label: 'bottom' },
] as const;
const AXIS_TEXT = '#51606a';
/** Goal labels sit in the right margin: short names keep them whole. */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  Left: 'L',
  Right: 'R',
  'Pain now': 'now',
  'Pain at worst': 'worst',
};
const DAY = 86_400_000;

const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

interface Row {
  readonly t: number;
  readonly date: string;
  readonly [key: string]: number | string | null;
}

function Marker({
  cx,
  cy,
  colour,
  marker,
}: {
  readonly cx: number | undefined;
  readonly cy: number | undefined;
  readonly colour: string;
  readonly marker: 'circle' | 'square';
}) {
  if (cx === undefined || cy === undefined) return null;
  return marker === 'circle' ? (
    <circle cx={cx} cy={cy} r={5} fill={colour} stroke="#ffffff" strokeWidth={1.5} />
  ) : (
    <rect
      x={cx - 5}
      y={cy - 5}
      width={10}
      height={10}
      fill={colour}
      stroke="#ffffff"
      strokeWidth={1.5}
    />
  );
}

/**
 * The value axis: the whole scale for pain (0–10) and strength (0–5); for angles, the recorded
 * values and goals with a margin, on round steps of 5°, so the axis does not exaggerate a change.
 */
function valueAxis(chart: ProgressChart): {
  readonly domain: [number, number];
  readonly ticks: number[];
} {
  const measure = chart.series[0]?.measure;
  if (measure !== undefined && measure.unit !== 'degrees') {
    const [low, high] = measure.range;
    const step = high > 5 ? 2 : 1;
    return {
      domain: [low, high],
      ticks: Array.from({ length: (high - low) / step + 1 }, (_, i) => low + i * step),
    };
  }
  const values = chart.series.flatMap((s) => [
    ...s.points.flatMap((p) => (p.value === undefined ? [] : [p.value])),
    ...(s.goal === undefined ? [] : [s.goal.target]),
  ]);
  const low = Math.floor((Math.min(...values) - 5) / 5) * 5;
  const high = Math.ceil((Math.max(...values) + 5) / 5) * 5;
  const step = high - low > 60 ? 20 : high - low > 30 ? 10 : 5;
  const from = Math.floor(low / step) * step;
  const to = Math.ceil(high / step) * step;
  return {
    domain: [from, to],
    ticks: Array.from({ length: (to - from) / step + 1 }, (_, i) => from + i * step),
  };
}

/**
 * One progress chart: visits along a time axis (spaced by date), a line per series that breaks
 * where a visit has no value, every value written beside its point, and each goal as a labelled
 * dashed line at its target.
 */
export function ProgressLineChart({ chart }: { readonly chart: ProgressChart }) {
  const visits = chart.series[0]?.points ?? [];
  const rows: Row[] = visits.map((p, index) => ({
    t: dayOf(p.date),
    date: p.date,
    ...Object.fromEntries(chart.series.map((s) => [s.key, s.points[index]?.value ?? null])),
  }));
  const first = rows[0]?.t ?? 0;
  const last = rows.at(-1)?.t ?? first;
  const pad = Math.max(DAY, (last - first) * 0.06);
  const { domain, ticks } = valueAxis(chart);
  return (
    <LineChart
      responsive
      data={rows}
      style={{ width: '100%', height: 260 }}
      margin={{
        top: 18,
        right: chart.series.some((s) => s.goal !== undefined) ? 116 : 24,
        bottom: 8,
        left: 0,
      }}
      accessibilityLayer={false}
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis
        type="number"
        dataKey="t"
        scale="time"
        domain={[first - pad, last + pad]}
        ticks={rows.map((r) => r.t)}
        tickFormatter={(t: number) => formatDate(new Date(t).toISOString().slice(0, 10))}
        interval="preserveStartEnd"
        fontSize={12}
        tick={{ fill: AXIS_TEXT }}
      />
      <YAxis
        type="number"
        domain={domain}
        ticks={ticks}
        allowDecimals={false}
        width={40}
        fontSize={12}
        tick={{ fill: AXIS_TEXT }}
      />
      {chart.series.map((s, index) => {
        const style = STYLES[index % STYLES.length] ?? STYLES[0];
        return s.goal === undefined ? null : (
          <ReferenceLine
            key={`goal-${s.key}`}
            y={s.goal.target}
            stroke={style.colour}
            strokeDasharray="2 3"
            ifOverflow="extendDomain"
            label={{
              value: `Goal${chart.series.length > 1 ? ` ${SHORT_NAMES[s.name] ?? s.name}` : ''} ${s.goal.comparator === 'at-most' ? '≤' : '≥'} ${formatMeasureValue(s.measure, s.goal.target)}`,
              position: 'right',
              fill: AXIS_TEXT,
              fontSize: 12,
            }}
          />
        );
      })}
      {chart.series.map((s, index) => {
        const style = STYLES[index % STYLES.length] ?? STYLES[0];
        return (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stroke={style.colour}
            strokeWidth={2}
            strokeDasharray={style.dash}
            connectNulls={false}
            isAnimationActive={false}
            dot={(props: {
              readonly cx?: number;
              readonly cy?: number;
              readonly index?: number;
            }) => (
              <Marker
                key={`${s.key}-${String(props.index)}`}
                cx={props.cx}
                cy={props.cy}
                colour={style.colour}
                marker={style.marker}
              />
            )}
          >
            <LabelList dataKey={s.key} position={style.label} fontSize={12} fill={style.colour} />
          </Line>
        );
      })}
    </LineChart>
  );
}
