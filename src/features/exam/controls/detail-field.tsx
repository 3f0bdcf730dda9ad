import { useWatch } from 'react-hook-form';
import type { ExamItemDef, Side } from '../../../clinical/index.ts';
import { unitLabel } from '../../../data/visits/findings-form';
import { type ExamFormApi } from '../exam-fields';
import { ChoiceInput } from './choice-field';
import { NumberInput } from './number-field';
import { YesNoInput } from './yes-no-field';

/** One detail of a positive test, labelled by its own name; the side row says which side. */
function DetailInput({
  form,
  item,
  side,
}: {
  readonly form: ExamFormApi;
  readonly item: ExamItemDef;
  readonly side: Side | undefined;
}) {
  const value = item.value;
  // A detail of a sided test is recorded per side even if the knowledge base forgot to say so.
  const detailSide = item.sided ? side : undefined;
  switch (value.kind) {
    case 'number':
      return (
        <NumberInput
          form={form}
          item={item}
          spec={value}
          side={detailSide}
          visibleLabel={`${item.label} (${unitLabel(value.unit)})`}
          hint={item.howTo}
        />
      );
    case 'choice':
      return (
        <ChoiceInput
          form={form}
          item={item}
          options={value.options}
          side={detailSide}
          visibleLabel={item.label}
          hint={item.howTo}
        />
      );
    case 'yes-no':
      return <YesNoInput form={form} item={item} side={detailSide} visibleLabel={item.label} />;
    case 'test':
    case 'multi-choice':
    case 'text':
      // No such details in the knowledge base; the exam-layout test would show one appearing.
      return null;
  }
}

/**
 * The details of one side of a test, shown once that side is positive. It watches only that
 * side's result, so toggling another test does not re-render it.
 */
export function TestDetails({
  form,
  path,
  details,
  side,
}: {
  readonly form: ExamFormApi;
  readonly path: string;
  readonly details: readonly ExamItemDef[];
  readonly side: Side | undefined;
}) {
  const result = useWatch({ control: form.control, name: path });
  if (result !== 'positive') return null;
  return (
    <div className="exam-details">
      {details.map((detail) => (
        <DetailInput key={detail.id} form={form} item={detail} side={side} />
      ))}
    </div>
  );
}
