import { EXAM_ITEMS } from '../knowledge-base/exam-items.ts';
import type { NumberUnit, Side } from '../knowledge-base/types.ts';

/** How a measure's change reads: its unit in words, and which direction is better. */
export interface ProgressMeasure {
  /** The exam item it is read from. */
  readonly item:
    | 'pain-now'
    | 'pain-worst'
    | 'thomas-hip-angle'
    | 'hip-ir-rom'
    | 'hip-flexion-rom'
    | 'hip-flexion-strength';
  readonly label: string;
  readonly unit: 'points' | 'degrees' | 'grades';
  /**
   * Lower pain and a smaller Thomas angle (the thigh nearer the horizontal) are better; more
   * rotation, flexion and strength are better.
   */
  readonly better: 'lower' | 'higher';
  /** The scale's ends, for the chart's axis: the exam item's own limits. */
  readonly range: readonly [number, number];
  /** The test this value is a detail of: with that test negative there is no value to chart. */
  readonly detailOf?: { readonly item: string; readonly label: string };
}

export interface ProgressSeriesDef {
  /** Unique within the chart: "pain-now", "hip-ir-rom.left". */
  readonly key: string;
  /** The series' name in the chart's legend: "Pain now", "Left". */
  readonly name: string;
  readonly measure: ProgressMeasure;
  readonly side: Side | undefined;
}

export interface ProgressChartDef {
  readonly id: 'pain' | 'thomas' | 'hip-ir' | 'hip-flexion' | 'hip-flexion-strength';
  readonly title: string;
  /** The axis label with its unit, e.g. "Angle (°)". */
  readonly axisLabel: string;
  readonly series: readonly ProgressSeriesDef[];
}

const UNIT_WORDS: Partial<Record<NumberUnit, ProgressMeasure['unit']>> = {
  nrs: 'points',
  degrees: 'degrees',
  'oxford-grade': 'grades',
};

/**
 * A measure read from its exam item: the unit and the scale's ends come from the knowledge base,
 * so the chart's axis always matches what the exam form accepts.
 */
function measureOf(
  item: ProgressMeasure['item'],
  label: string,
  better: ProgressMeasure['better'],
  detailOf?: ProgressMeasure['detailOf'],
): ProgressMeasure {
  const value = EXAM_ITEMS.find((candidate) => candidate.id === item)?.value;
  const unit = value?.kind === 'number' ? UNIT_WORDS[value.unit] : undefined;
  if (value?.kind !== 'number' || unit === undefined) {
    throw new Error(
      `Progress measure ${item} needs a numeric exam item in points, degrees or grades`,
    );
  }
  return {
    item,
    label,
    unit,
    better,
    range: [value.min, value.max],
    ...(detailOf ? { detailOf } : {}),
  };
}

const PAIN_NOW = measureOf('pain-now', 'Pain now', 'lower');
const PAIN_WORST = measureOf('pain-worst', 'Pain at worst', 'lower');
const THOMAS = measureOf('thomas-hip-angle', 'Thomas test hip angle', 'lower', {
  item: 'thomas-test',
  label: 'Thomas test',
});
const HIP_IR = measureOf('hip-ir-rom', 'Hip internal rotation', 'higher');
const HIP_FLEXION = measureOf('hip-flexion-rom', 'Hip flexion', 'higher');
const STRENGTH = measureOf('hip-flexion-strength', 'Hip flexion strength', 'higher');

const bothSides = (measure: ProgressMeasure): readonly ProgressSeriesDef[] =>
  (['left', 'right'] as const).map((side) => ({
    key: `${measure.item}.${side}`,
    name: side === 'left' ? 'Left' : 'Right',
    measure,
    side,
  }));

/** The charts on the patient screen, in order. */
export const PROGRESS_CHARTS: readonly ProgressChartDef[] = [
  {
    id: 'pain',
    title: 'Pain',
    axisLabel: 'Pain (0–10)',
    series: [
      { key: 'pain-now', name: 'Pain now', measure: PAIN_NOW, side: undefined },
      { key: 'pain-worst', name: 'Pain at worst', measure: PAIN_WORST, side: undefined },
    ],
  },
  {
    id: 'thomas',
    title: 'Thomas test hip angle',
    axisLabel: 'Angle above horizontal (°)',
    series: bothSides(THOMAS),
  },
  {
    id: 'hip-ir',
    title: 'Hip internal rotation',
    axisLabel: 'Range (°)',
    series: bothSides(HIP_IR),
  },
  {
    id: 'hip-flexion',
    title: 'Hip flexion range',
    axisLabel: 'Range (°)',
    series: bothSides(HIP_FLEXION),
  },
  {
    id: 'hip-flexion-strength',
    title: 'Hip flexion strength',
    axisLabel: 'Oxford grade (0–5)',
    series: bothSides(STRENGTH),
  },
];

/** A value as a clinician writes it: "7/10", "12°", "4/5". */
export function formatMeasureValue(measure: ProgressMeasure, value: number): string {
  if (measure.unit === 'points') return `${value}/10`;
  if (measure.unit === 'grades') return `${value}/5`;
  return `${value}°`;
}

/** An amount of change: "1 point", "4 points", "10°", "1 grade". */
export function formatAmount(measure: ProgressMeasure, amount: number): string {
  if (measure.unit === 'degrees') return `${amount}°`;
  const word = measure.unit === 'points' ? 'point' : 'grade';
  return `${amount} ${amount === 1 ? word : `${word}s`}`;
}
