import type { ExamItemDef, NumberUnit, Side } from '../../clinical/index.ts';
import type { StoredFindings } from '../../data/visits/findings-form';
import type { ExamLayoutEntry, ExamLayoutSection, PrintVocabulary } from './print-vocabulary';

/** The words recordedFindings needs from the app's vocabulary. */
export type FindingWords = Pick<PrintVocabulary, 'examSections' | 'result'>;

/** One recorded value as the clinical record prints it. */
export interface FindingValue {
  readonly side?: Side;
  readonly text: string;
  /** Recorded but out of range or malformed: printed as typed, marked, and not used. */
  readonly invalid: boolean;
}

export interface FindingRow {
  readonly id: string;
  readonly label: string;
  readonly values: readonly FindingValue[];
}

export interface FindingGroup {
  readonly title: string | undefined;
  readonly rows: readonly FindingRow[];
}

export interface FindingSection {
  readonly id: string;
  readonly title: string;
  readonly groups: readonly FindingGroup[];
}

const UNIT_SUFFIX: Readonly<Record<NumberUnit, string>> = {
  degrees: '°',
  cm: ' cm',
  years: ' years',
  minutes: ' min',
  'hours-per-day': ' h/day',
  weeks: ' weeks',
  'oxford-grade': '/5',
  nrs: '/10',
};

type Scalar = string | boolean | readonly string[];

function optionLabel(item: ExamItemDef, value: string): string {
  const kind = item.value;
  if (kind.kind !== 'choice' && kind.kind !== 'multi-choice') return value;
  return kind.options.find((o) => o.value === value)?.label ?? value;
}

/** A stored value in words: "Positive", "Yes", "12°", "6/10", "Gradual", as typed when invalid. */
function valueText(item: ExamItemDef, value: Scalar, words: FindingWords): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value !== 'string') return value.map((v) => optionLabel(item, v)).join(', ');
  const text = value;
  switch (item.value.kind) {
    case 'test':
      return text === 'positive' || text === 'negative' || text === 'not-tested'
        ? words.result[text]
        : text;
    case 'number':
      return `${text.trim()}${UNIT_SUFFIX[item.value.unit]}`;
    case 'choice':
      return optionLabel(item, text);
    default:
      return text;
  }
}

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'boolean' || Array.isArray(value);
}

function isSided(value: unknown): value is { readonly left?: Scalar; readonly right?: Scalar } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const recorded = (value: Scalar | undefined): value is Scalar =>
  value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

interface RowContext {
  readonly findings: StoredFindings;
  readonly invalid: ReadonlySet<string>;
  readonly words: FindingWords;
}

function rowOf(
  item: ExamItemDef,
  context: RowContext,
  appliesOn: (side: Side) => boolean,
): FindingRow | undefined {
  const raw = context.findings[item.id];
  const values: FindingValue[] = [];
  if (item.sided && isSided(raw)) {
    for (const side of ['right', 'left'] as const) {
      const value = raw[side];
      if (!recorded(value) || !appliesOn(side)) continue;
      values.push({
        side,
        text: valueText(item, value, context.words),
        invalid: context.invalid.has(`${item.id}.${side}`),
      });
    }
  } else if (isScalar(raw) && recorded(raw)) {
    values.push({
      text: valueText(item, raw, context.words),
      invalid: context.invalid.has(item.id),
    });
  }
  return values.length === 0 ? undefined : { id: item.id, label: item.label, values };
}

function entryRows(entry: ExamLayoutEntry, context: RowContext): FindingRow[] {
  const parent = context.findings[entry.item.id];
  // A detail (Thomas angle, FABER site) is part of the record only where its test is positive,
  // as in the exam and the assessment.
  const positiveOn = (side: Side) => isSided(parent) && parent[side] === 'positive';
  return [
    rowOf(entry.item, context, () => true),
    ...entry.details.map((detail) => rowOf(detail, context, positiveOn)),
  ].filter((row): row is FindingRow => row !== undefined);
}

/**
 * What was recorded, under the exam's own sections and sub-headings, in exam order: only items
 * with a value, sided values right then left, invalid entries kept as typed and marked.
 */
export function recordedFindings(
  findings: StoredFindings,
  invalidFields: readonly string[],
  words: FindingWords,
): readonly FindingSection[] {
  const context: RowContext = { findings, invalid: new Set(invalidFields), words };
  return words.examSections
    .map((section: ExamLayoutSection): FindingSection => ({
      id: section.id,
      title: section.title,
      groups: section.blocks
        .map((block): FindingGroup =>
          block.kind === 'item'
            ? { title: undefined, rows: entryRows(block.entry, context) }
            : { title: block.title, rows: block.entries.flatMap((e) => entryRows(e, context)) },
        )
        .filter((group) => group.rows.length > 0)
        .reduce<FindingGroup[]>((groups, group) => {
          // Items without a sub-heading that follow each other print as one list.
          const last = groups.at(-1);
          if (last !== undefined && last.title === undefined && group.title === undefined) {
            groups[groups.length - 1] = { title: undefined, rows: [...last.rows, ...group.rows] };
          } else groups.push(group);
          return groups;
        }, []),
    }))
    .filter((section) => section.groups.length > 0);
}
