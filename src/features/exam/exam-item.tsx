import { useWatch } from 'react-hook-form';
import {
  DERIVED_FINDINGS,
  EXAM_CAUTIONS,
  EXAM_ITEMS,
  evaluate,
  factsOf,
  type ExamCaution,
} from '../../clinical/index.ts';
import { toFindings } from '../../data/visits/findings-form';
import { ChoiceField } from './controls/choice-field';
import { MultiChoiceField } from './controls/multi-choice-field';
import { NotesField } from './controls/notes-field';
import { NumberField } from './controls/number-field';
import { TestField } from './controls/test-field';
import { YesNoField } from './controls/yes-no-field';
import type { ExamFormApi } from './exam-fields';
import { examItemElementId, type ExamEntry } from './exam-layout';

function ItemControl({ form, entry }: { readonly form: ExamFormApi; readonly entry: ExamEntry }) {
  const { item, details } = entry;
  const value = item.value;
  switch (value.kind) {
    case 'test':
      return <TestField form={form} item={item} details={details} />;
    case 'yes-no':
      return <YesNoField form={form} item={item} />;
    case 'number':
      return <NumberField form={form} item={item} spec={value} />;
    case 'choice':
      return <ChoiceField form={form} item={item} options={value.options} />;
    case 'multi-choice':
      return <MultiChoiceField form={form} item={item} options={value.options} />;
    case 'text':
      return <NotesField form={form} item={item} maxLength={value.maxLength} />;
  }
}

const EXAM_ITEM_IDS: ReadonlySet<string> = new Set(EXAM_ITEMS.map((i) => i.id));

/** The exam items a fact is read from: itself, or the items its derived finding reads. */
function itemsOfFact(fact: string): readonly string[] {
  if (EXAM_ITEM_IDS.has(fact)) return [fact];
  return DERIVED_FINDINGS.find((d) => d.id === fact)?.from ?? [];
}

interface ItemCautions {
  readonly cautions: readonly ExamCaution[];
  /** The exam items their rules read, for useWatch. */
  readonly reads: readonly string[];
}

/** Each item's cautions (exam-cautions.ts) and the items they read, worked out once. */
const CAUTIONS_BY_ITEM: ReadonlyMap<string, ItemCautions> = new Map(
  Object.entries(EXAM_CAUTIONS).map(([id, cautions]) => [
    id,
    {
      cautions,
      reads: [...new Set(cautions.flatMap((c) => factsOf(c.when)).flatMap(itemsOfFact))],
    },
  ]),
);

/**
 * The cautions that hold on the current findings, shown as text ("Caution: …"), never by colour
 * alone. It watches only the items its rules read, so the rest of the exam does not re-render it.
 */
function ExamCautions({
  form,
  item: { cautions, reads },
}: {
  readonly form: ExamFormApi;
  readonly item: ItemCautions;
}) {
  const values: readonly unknown[] = useWatch({ control: form.control, name: [...reads] });
  const { findings } = toFindings(Object.fromEntries(reads.map((id, i) => [id, values[i]])));
  const holding = cautions.filter((c) => evaluate(c.when, findings).value === true);
  if (holding.length === 0) return null;
  return (
    <div className="notice notice--warning exam-item__caution" role="note">
      {holding.map((c) => (
        <p key={c.text}>
          <strong>Caution:</strong> {c.text}
        </p>
      ))}
    </div>
  );
}

/** One exam item in its container, whose id lets "next best test" scroll and focus it. */
export function ExamItemField({
  form,
  entry,
}: {
  readonly form: ExamFormApi;
  readonly entry: ExamEntry;
}) {
  const cautions = CAUTIONS_BY_ITEM.get(entry.item.id);
  return (
    <div
      id={examItemElementId(entry.item.id)}
      className={`exam-item exam-item--${entry.item.value.kind}`}
    >
      {cautions === undefined ? null : <ExamCautions form={form} item={cautions} />}
      <ItemControl form={form} entry={entry} />
    </div>
  );
}
