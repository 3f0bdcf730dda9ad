import { EXAM_ITEMS } from '../knowledge-base/exam-items.ts';
import type { ExamItemDef, Findings, RecordedValue, ScalarValue } from '../knowledge-base/types.ts';

function validScalar(item: ExamItemDef, value: unknown): value is ScalarValue {
  const kind = item.value;
  switch (kind.kind) {
    case 'test':
      return value === 'positive' || value === 'negative' || value === 'not-tested';
    case 'yes-no':
      return typeof value === 'boolean';
    case 'number':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= kind.min &&
        value <= kind.max &&
        (!kind.integer || Number.isInteger(value))
      );
    case 'choice':
      return typeof value === 'string' && kind.options.some((o) => o.value === value);
    case 'multi-choice':
      return Array.isArray(value) && value.every((v) => kind.options.some((o) => o.value === v));
    case 'text':
      return typeof value === 'string' && value.length <= kind.maxLength;
  }
}

function cleanValue(item: ExamItemDef, value: unknown): RecordedValue | undefined {
  if (!item.sided) return validScalar(item, value) ? value : undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const sided: { readonly left?: unknown; readonly right?: unknown } = value;
  const clean: { left?: ScalarValue; right?: ScalarValue } = {};
  if (validScalar(item, sided.left)) clean.left = sided.left;
  if (validScalar(item, sided.right)) clean.right = sided.right;
  return clean.left === undefined && clean.right === undefined ? undefined : clean;
}

/**
 * Keeps only values that are valid for their exam item (kind, range, options). The data layer
 * validates before anything reaches the engine; this is the core's own guarantee that an invalid
 * draft entry (an angle of 400°, pain 11) is never fed to the assessment.
 */
export function sanitizeFindings(
  findings: Readonly<Record<string, unknown>>,
  items: readonly ExamItemDef[] = EXAM_ITEMS,
): Findings {
  const clean: Record<string, RecordedValue> = {};
  for (const item of items) {
    const value = cleanValue(item, findings[item.id]);
    if (value !== undefined) clean[item.id] = value;
  }
  return clean;
}
