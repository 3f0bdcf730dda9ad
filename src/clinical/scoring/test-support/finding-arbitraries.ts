import fc from 'fast-check';
import type {
  ExamItemDef,
  Findings,
  RecordedValue,
  ScalarValue,
} from '../../knowledge-base/types.ts';

/** A valid value for an exam item, on one side. */
export function scalarArb(item: ExamItemDef): fc.Arbitrary<ScalarValue> {
  const v = item.value;
  switch (v.kind) {
    case 'test':
      return fc.constantFrom('positive', 'negative', 'not-tested');
    case 'yes-no':
      return fc.boolean();
    case 'number':
      return v.integer
        ? fc.integer({ min: v.min, max: v.max })
        : fc.double({ min: v.min, max: v.max, noNaN: true });
    case 'choice':
      return fc.constantFrom(...v.options.map((o) => o.value));
    case 'multi-choice':
      return fc.subarray(v.options.map((o) => o.value));
    case 'text':
      return fc.string({ maxLength: 20 });
  }
}

/** A valid recorded value: sided items get either side, both or neither. */
export function valueArb(item: ExamItemDef): fc.Arbitrary<RecordedValue> {
  if (!item.sided) return scalarArb(item);
  return fc.record({ left: scalarArb(item), right: scalarArb(item) }, { requiredKeys: [] });
}

/** Any valid set of findings over these items: a random subset with random valid values. */
export function findingsOver(
  items: readonly ExamItemDef[],
  maxLength: number,
): fc.Arbitrary<Findings> {
  return fc
    .subarray([...items], { maxLength })
    .chain((chosen) =>
      fc.tuple(...chosen.map((item) => valueArb(item).map((value) => [item.id, value] as const))),
    )
    .map((entries) => Object.fromEntries(entries));
}
