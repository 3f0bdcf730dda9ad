import type { ExamItemDef } from '../../../clinical/index.ts';
import { TextAreaField } from '../../../ui/field';
import { useFieldError, type ExamFormApi } from '../exam-fields';

/** Free text (history, gait and palpation notes), limited to the item's length. */
export function NotesField({
  form,
  item,
  maxLength,
}: {
  readonly form: ExamFormApi;
  readonly item: ExamItemDef;
  readonly maxLength: number;
}) {
  const error = useFieldError(form, item.id);
  return (
    <TextAreaField
      label={item.label}
      hint={item.howTo}
      error={error}
      rows={3}
      maxLength={maxLength}
      {...form.register(item.id)}
    />
  );
}
