import { z } from 'zod';
import { EXAM_ITEMS } from '../../clinical/index.ts';
import type {
  ExamItemDef,
  Findings,
  NumberUnit,
  RecordedValue,
  ScalarValue,
} from '../../clinical/index.ts';

/**
 * The exam as the form holds it, generated from the knowledge base's exam items so ranges live in
 * one place. Two schemas come from it:
 * - `storedFindingsSchema` checks only the shape of what a draft stores. A draft keeps whatever
 *   was typed, an angle of 400° included, so nothing typed is ever lost.
 * - `findingsFormSchema` checks content (ranges, whole numbers, options) and gives the message
 *   shown at the field; `toFindings` keeps only the values that pass it, so an invalid entry is
 *   never fed to the assessment, and `invalidFields` lists what blocks signing.
 */
export const TEST_RESULTS = ['positive', 'negative', 'not-tested'] as const;

/** What one control holds: '' (or undefined) means not recorded. */
export type FormFieldValue = string | boolean | readonly string[] | undefined;
export interface SidedFormValue {
  readonly left?: FormFieldValue;
  readonly right?: FormFieldValue;
}
/**
 * The form's values. Keys are generated from the exam items at run time, so the static type is
 * an open record; `findingsFormSchema` checks every value, and `toFindings` reads only valid ones.
 */
export type FindingsFormValues = Record<string, unknown>;

const scalarShape = z.union([
  z.string().max(10_000),
  z.boolean(),
  z.array(z.string().max(200)).max(50),
]);

/** Shape only: what a stored draft may contain (values as typed). */
export const storedFindingsSchema = z.record(
  z.string().max(100),
  z.union([
    scalarShape,
    z.strictObject({ left: scalarShape.optional(), right: scalarShape.optional() }),
  ]),
);

const UNIT_LABEL: Readonly<Record<NumberUnit, string>> = {
  degrees: '°',
  cm: 'cm',
  years: 'years',
  minutes: 'min',
  'hours-per-day': 'h/day',
  weeks: 'weeks',
  'oxford-grade': '0–5',
  nrs: '0–10',
};

/** The unit as it appears in a control's label, e.g. "(°)". */
export function unitLabel(unit: NumberUnit): string {
  return UNIT_LABEL[unit];
}

const NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** "12", "12.5" and "12,5" (decimal comma) are numbers; anything else is not. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return NUMBER.test(trimmed) ? Number(trimmed.replace(',', '.')) : undefined;
}

function numberField(item: ExamItemDef, spec: Extract<ExamItemDef['value'], { kind: 'number' }>) {
  const unit = spec.unit === 'degrees' ? '°' : ` ${UNIT_LABEL[spec.unit]}`;
  const range =
    spec.unit === 'oxford-grade' || spec.unit === 'nrs'
      ? `from ${spec.min} to ${spec.max}`
      : `from ${spec.min}${unit} to ${spec.max}${unit}`;
  return z.union([z.undefined(), z.string()]).superRefine((text, ctx) => {
    if (text === undefined || text.trim() === '') return;
    const value = parseNumber(text);
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: `${item.label}: enter a number, using digits only` });
    } else if (spec.integer && !Number.isInteger(value)) {
      ctx.addIssue({ code: 'custom', message: `${item.label}: enter a whole number ${range}` });
    } else if (value < spec.min || value > spec.max) {
      ctx.addIssue({ code: 'custom', message: `${item.label}: enter a value ${range}` });
    }
  });
}

/** The content schema of one control of an item. */
function fieldSchema(item: ExamItemDef): z.ZodType<FormFieldValue> {
  const value = item.value;
  switch (value.kind) {
    case 'test':
      return z.union([z.undefined(), z.literal(''), z.enum(TEST_RESULTS)]);
    case 'yes-no':
      return z.union([z.undefined(), z.boolean()]);
    case 'number':
      return numberField(item, value);
    case 'choice':
      return z.union([z.undefined(), z.literal(''), z.enum(value.options.map((o) => o.value))]);
    case 'multi-choice':
      return z.union([z.undefined(), z.array(z.enum(value.options.map((o) => o.value)))]);
    case 'text':
      return z.union([
        z.undefined(),
        z.string().max(value.maxLength, `${item.label}: at most ${value.maxLength} characters`),
      ]);
  }
}

const FIELD_SCHEMAS: ReadonlyMap<string, z.ZodType<FormFieldValue>> = new Map(
  EXAM_ITEMS.map((item) => [item.id, fieldSchema(item)]),
);

/** The resolver schema for the exam form: every item optional, each control checked for content. */
export const findingsFormSchema = z.object(
  Object.fromEntries(
    EXAM_ITEMS.map((item) => {
      const field = FIELD_SCHEMAS.get(item.id) ?? z.undefined();
      const shape = item.sided ? z.object({ left: field, right: field }).partial() : field;
      return [item.id, shape.optional()];
    }),
  ),
);

/** Turns one valid control value into what the engine reads; undefined when not recorded. */
function toScalar(item: ExamItemDef, value: FormFieldValue): ScalarValue | undefined {
  if (value === undefined || value === '') return undefined;
  if (item.value.kind === 'number')
    return typeof value === 'string' ? parseNumber(value) : undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value;
  return value;
}

function isSided(value: unknown): value is SidedFormValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface FindingsReading {
  /** Only the valid, recorded values, in the engine's shape. */
  readonly findings: Findings;
  /** Paths ("hip-ir-rom.left") whose value is recorded but invalid. */
  readonly invalidFields: readonly string[];
}

/**
 * Reads form values into findings for the engine. Invalid values are left out (and listed), so
 * the assessment follows only what is valid while the draft keeps everything typed.
 */
export function toFindings(values: Readonly<Record<string, unknown>>): FindingsReading {
  const findings: Record<string, RecordedValue> = {};
  const invalidFields: string[] = [];
  for (const item of EXAM_ITEMS) {
    const schema = FIELD_SCHEMAS.get(item.id);
    const raw = values[item.id];
    if (schema === undefined || raw === undefined) continue;
    const read = (value: unknown, path: string): ScalarValue | undefined => {
      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        invalidFields.push(path);
        return undefined;
      }
      return toScalar(item, parsed.data);
    };
    // A detail (Thomas angle, FABER site) counts only where its test is positive; when the test
    // goes back to negative the typed detail stays in the draft but no longer informs anything.
    const parent = item.detailOf === undefined ? undefined : values[item.detailOf];
    const detailApplies = (side: 'left' | 'right'): boolean =>
      item.detailOf === undefined || (isSided(parent) && parent[side] === 'positive');
    if (item.sided) {
      if (!isSided(raw)) continue;
      const left = detailApplies('left') ? read(raw.left, `${item.id}.left`) : undefined;
      const right = detailApplies('right') ? read(raw.right, `${item.id}.right`) : undefined;
      if (left !== undefined || right !== undefined)
        findings[item.id] = {
          ...(left === undefined ? {} : { left }),
          ...(right === undefined ? {} : { right }),
        };
    } else {
      const scalar = read(raw, item.id);
      if (scalar !== undefined) findings[item.id] = scalar;
    }
  }
  return { findings, invalidFields };
}

/**
 * The form's values as a draft to store: controls left empty are dropped (empty means "not
 * recorded"), everything else is kept exactly as typed, an explicit "no" (false) included.
 */
export type StoredFindings = z.infer<typeof storedFindingsSchema>;
type StoredScalar = string | boolean | string[];

/** A control's value as stored, or undefined when it is empty (not recorded). */
function storedScalar(value: unknown): StoredScalar | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    const strings = value.filter((v): v is string => typeof v === 'string');
    return strings.length === 0 ? undefined : strings;
  }
  return undefined;
}

export function toStoredDraft(values: Readonly<Record<string, unknown>>): StoredFindings {
  const draft: StoredFindings = {};
  for (const [id, value] of Object.entries(values)) {
    if (isSided(value)) {
      const left = storedScalar(value.left);
      const right = storedScalar(value.right);
      if (left !== undefined || right !== undefined)
        draft[id] = {
          ...(left === undefined ? {} : { left }),
          ...(right === undefined ? {} : { right }),
        };
    } else {
      const scalar = storedScalar(value);
      if (scalar !== undefined) draft[id] = scalar;
    }
  }
  return draft;
}
