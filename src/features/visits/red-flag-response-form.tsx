import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { FiredRedFlag } from '../../clinical/index.ts';
import { RED_FLAG_RESPONSE_LABELS } from '../../data/visits/visit-labels';
import {
  RED_FLAG_RESPONSES,
  URGENCIES,
  redFlagActionSchema,
  type RedFlagAction,
} from '../../data/visits/visit.schema';
import { RadioGroupField, TextAreaField } from '../../ui/field';

const URGENCY_LABELS = {
  emergency: 'Emergency (today)',
  urgent: 'Urgent (within 24–48 hours)',
  soon: 'Soon',
} as const;

// The form is the stored action less what the app fills in; '' stands for "no urgency chosen".
const formSchema = z
  .object({
    response: z.enum(RED_FLAG_RESPONSES, { error: 'Choose what was done' }),
    urgency: z.enum([...URGENCIES, '']),
    note: z.string().max(2000),
  })
  .superRefine((value, ctx) => {
    const parsed = redFlagActionSchema.safeParse({
      redFlagId: 'x',
      recordedAt: new Date(0).toISOString(),
      recordedBy: 'x',
      response: value.response,
      note: value.note,
      ...(value.urgency === '' ? {} : { urgency: value.urgency }),
    });
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
type FormValues = z.input<typeof formSchema>;

/**
 * What was done about one red flag: referred (with urgency), discussed with the patient's doctor,
 * or overridden with a written reason. The rules come from the stored record's schema, so the
 * form cannot accept what storage would refuse.
 */
export function RedFlagResponseForm({
  flag,
  current,
  disabled,
  onSubmit,
}: {
  readonly flag: FiredRedFlag;
  readonly current: RedFlagAction | undefined;
  readonly disabled: boolean;
  readonly onSubmit: (
    action: Pick<RedFlagAction, 'response' | 'note'> & { urgency?: RedFlagAction['urgency'] },
  ) => Promise<void>;
}) {
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      response: current?.response ?? 'referred',
      urgency: current?.urgency ?? (flag.urgency === 'soon' ? '' : flag.urgency),
      note: current?.note ?? '',
    },
  });
  const response = form.watch('response');
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    // Urgency belongs to a referral only; a default left in the hidden field is not recorded.
    const urgency =
      values.response === 'referred' && values.urgency !== '' ? { urgency: values.urgency } : {};
    await onSubmit({ response: values.response, note: values.note.trim(), ...urgency });
  });
  return (
    <form
      className="red-flag-response"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={`What was done: ${flag.name}`}
    >
      <RadioGroupField
        label={`What was done about: ${flag.name}`}
        error={errors.response?.message}
        options={RED_FLAG_RESPONSES.map((value) => ({
          value,
          label: RED_FLAG_RESPONSE_LABELS[value],
        }))}
        inputProps={{ ...form.register('response'), disabled }}
      />
      {response === 'referred' ? (
        <RadioGroupField
          label="Referral urgency"
          error={errors.urgency?.message}
          options={URGENCIES.map((value) => ({ value, label: URGENCY_LABELS[value] }))}
          inputProps={{ ...form.register('urgency'), disabled }}
        />
      ) : null}
      <TextAreaField
        label={response === 'overridden' ? 'Reason for overriding (required)' : 'Note (optional)'}
        error={errors.note?.message}
        rows={2}
        disabled={disabled}
        {...form.register('note')}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={disabled || form.formState.isSubmitting}>
          {current === undefined ? 'Record action' : 'Update action'}
        </button>
      </div>
    </form>
  );
}
