import { useId } from 'react';
import type { ChoiceOption, ExamItemDef, Side } from '../../../clinical/index.ts';
import { CheckboxField } from '../../../ui/checkbox-field';
import { describedBy, FieldError } from '../../../ui/field-messages';
import {
  controlName,
  fieldPath,
  registerMultiChoice,
  SIDES,
  useFieldError,
  type ExamFormApi,
} from '../exam-fields';

/** One checkbox per option under a legend; the form collects the ticked values as a list. */
function MultiChoiceInput({
  form,
  item,
  options,
  side,
}: {
  readonly form: ExamFormApi;
  readonly item: ExamItemDef;
  readonly options: readonly ChoiceOption[];
  readonly side: Side | undefined;
}) {
  const id = useId();
  const path = fieldPath(item.id, side);
  const error = useFieldError(form, path);
  return (
    <fieldset
      className={`exam-group${error ? ' exam-group--invalid' : ''}`}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(error && `${id}-error`)}
    >
      <legend className="exam-group__legend">{controlName(item, side)}</legend>
      {options.map((option) => (
        <CheckboxField
          key={option.value}
          label={option.label}
          inputProps={{ ...registerMultiChoice(form, path), value: option.value }}
        />
      ))}
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
    </fieldset>
  );
}

/** A multi-choice item. None is in today's knowledge base; the form still renders one if added. */
export function MultiChoiceField({
  form,
  item,
  options,
}: {
  readonly form: ExamFormApi;
  readonly item: ExamItemDef;
  readonly options: readonly ChoiceOption[];
}) {
  if (!item.sided)
    return <MultiChoiceInput form={form} item={item} options={options} side={undefined} />;
  return (
    <>
      {SIDES.map((side) => (
        <div key={side} data-side={side}>
          <MultiChoiceInput form={form} item={item} options={options} side={side} />
        </div>
      ))}
    </>
  );
}
