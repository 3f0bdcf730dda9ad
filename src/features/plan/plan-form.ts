import { z } from 'zod';
import { EXAM_ITEMS } from '../../clinical/index.ts';
import type { ExamItem, PlanRecord } from '../../clinical/index.ts';
import { parseNumber, unitLabel } from '../../data/visits/findings-form';
import { planSchema, type Plan } from '../../data/visits/plan.schema';
import { formatDate } from '../../lib/dates';

/**
 * What the editor holds: the plan as the clinician is shaping it, plus text typed into number and
 * date fields that does not read as one yet (kept on screen and flagged, never saved).
 */
export interface EditorState {
  readonly plan: PlanRecord;
  /** Field key → the text as typed, for fields whose text is not (yet) a valid value. */
  readonly raw: Readonly<Record<string, string>>;
}

/** Field keys, by id rather than position, so a message follows its field when items move. */
export const fieldKey = {
  dosage: (treatmentId: string) => `items.${treatmentId}.dosage`,
  notes: (treatmentId: string) => `items.${treatmentId}.notes`,
  override: (treatmentId: string) => `items.${treatmentId}.override`,
  goalText: (goalId: string) => `goals.${goalId}.text`,
  goalTarget: (goalId: string) => `goals.${goalId}.target`,
  goalDate: (goalId: string) => `goals.${goalId}.byDate`,
  reviewDate: 'reviewDate',
  notesAll: 'notes',
} as const;

const EXAM_ITEM_BY_ID: ReadonlyMap<string, ExamItem> = new Map(EXAM_ITEMS.map((i) => [i.id, i]));

/** The exam item a goal is measured with, when it is a number (with its range and unit). */
export function goalMeasure(
  measure: string | undefined,
):
  | { readonly label: string; readonly min: number; readonly max: number; readonly unit: string }
  | undefined {
  const item = measure === undefined ? undefined : EXAM_ITEM_BY_ID.get(measure);
  if (item?.value.kind !== 'number') return undefined;
  return {
    label: item.label,
    min: item.value.min,
    max: item.value.max,
    unit: unitLabel(item.value.unit),
  };
}

/** The label of the exam item a goal is measured with, numeric or not. */
export function measureLabel(measure: string | undefined): string | undefined {
  return measure === undefined ? undefined : EXAM_ITEM_BY_ID.get(measure)?.label;
}

/**
 * The stored plan's schema plus the rules that need the visit: no review or goal date before the
 * visit, and a goal's target within its measure's range.
 */
export function planFormSchema(visitDate: string) {
  const before = `cannot be before the visit (${formatDate(visitDate)})`;
  return planSchema.superRefine((plan, ctx) => {
    if (plan.reviewDate < visitDate) {
      ctx.addIssue({ code: 'custom', path: ['reviewDate'], message: `The review date ${before}` });
    }
    plan.goals.forEach((goal, index) => {
      if (goal.byDate < visitDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['goals', index, 'byDate'],
          message: `The goal's date ${before}`,
        });
      }
      const measure = goalMeasure(goal.measure);
      if (
        measure !== undefined &&
        goal.target !== undefined &&
        (goal.target < measure.min || goal.target > measure.max)
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['goals', index, 'target'],
          message: `Enter a target from ${measure.min} to ${measure.max} (${measure.unit})`,
        });
      }
    });
  });
}

/** A zod issue's path as the editor's field key. */
function keyOf(plan: PlanRecord, path: readonly PropertyKey[]): string {
  const [list, index, field] = path;
  if (list === 'items' && typeof index === 'number') {
    const id = plan.items[index]?.treatmentId ?? String(index);
    return field === 'override' ? fieldKey.override(id) : `items.${id}.${String(field)}`;
  }
  if (list === 'goals' && typeof index === 'number') {
    return `goals.${plan.goals[index]?.id ?? String(index)}.${String(field)}`;
  }
  return path.map(String).join('.');
}

const MESSAGES_FOR_RAW: Readonly<Record<string, string>> = {
  target: 'Enter the target as a number',
  byDate: 'Enter a date',
  reviewDate: 'Enter the review date',
};

export type CheckedPlan =
  | { readonly valid: true; readonly plan: Plan; readonly errors: ReadonlyMap<string, string> }
  | { readonly valid: false; readonly errors: ReadonlyMap<string, string> };

/**
 * Checks the editor's state: text that is not yet a number or date, and the form schema. Only a
 * plan that passes everything is handed back for saving (trimmed, as the schema gives it).
 */
export function checkPlan(state: EditorState, visitDate: string): CheckedPlan {
  const errors = new Map<string, string>();
  for (const key of Object.keys(state.raw)) {
    const field = key.split('.').pop() ?? key;
    errors.set(key, MESSAGES_FOR_RAW[field] ?? 'Check this entry');
  }
  const parsed = planFormSchema(visitDate).safeParse(state.plan);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = keyOf(state.plan, issue.path);
      if (!errors.has(key)) errors.set(key, issue.message);
    }
  }
  return parsed.success && errors.size === 0
    ? { valid: true, plan: parsed.data, errors }
    : { valid: false, errors };
}

/** Reads a typed target: a number, nothing (cleared), or text that is not a number. */
export function readTarget(
  text: string,
): { readonly ok: true; readonly value: number | undefined } | { readonly ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  const value = parseNumber(text);
  return value === undefined ? { ok: false } : { ok: true, value };
}

/** The override form: the written reason the schema requires for a contraindicated treatment. */
export const overrideFormSchema = z.strictObject({
  reason: planSchema.shape.items.element.shape.override.unwrap().shape.reason,
});
export type OverrideForm = z.infer<typeof overrideFormSchema>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isIsoDate = (text: string): boolean => ISO_DATE.test(text);
