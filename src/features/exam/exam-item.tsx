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

/** One exam item in its container, whose id lets "next best test" scroll and focus it. */
export function ExamItemField({
  form,
  entry,
}: {
  readonly form: ExamFormApi;
  readonly entry: ExamEntry;
}) {
  return (
    <div
      id={examItemElementId(entry.item.id)}
      className={`exam-item exam-item--${entry.item.value.kind}`}
    >
      <ItemControl form={form} entry={entry} />
    </div>
  );
}
