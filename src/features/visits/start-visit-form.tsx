import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { CARE_SETTING_LABELS } from '../../data/visits/visit-labels';
import { CARE_SETTINGS, type CareSetting } from '../../data/visits/care-setting';
import { visitObjectSchema } from '../../data/visits/visit.schema';
import { todayIsoDate } from '../../lib/dates';
import { RadioGroupField, TextField } from '../../ui/field';

// The record's own fields, with the rules a new visit adds: a named clinician, no future date.
const startVisitSchema = visitObjectSchema
  .pick({ date: true, careSetting: true })
  .extend({ clinician: z.string().trim().min(1, "Enter the clinician's name").max(200) })
  .refine((v) => v.date <= todayIsoDate(), {
    path: ['date'],
    message: 'The visit date cannot be in the future',
  });

export type StartVisitValues = z.infer<typeof startVisitSchema>;

/** Date, clinician and care setting: what a visit needs before the exam starts. */
export function StartVisitForm({
  defaults,
  onStart,
}: {
  readonly defaults: { readonly clinician: string; readonly careSetting: CareSetting };
  readonly onStart: (values: StartVisitValues) => Promise<void>;
}) {
  const form = useForm<StartVisitValues>({
    resolver: zodResolver(startVisitSchema),
    defaultValues: {
      date: todayIsoDate(),
      clinician: defaults.clinician,
      careSetting: defaults.careSetting,
    },
    shouldFocusError: true,
  });
  const errors = form.formState.errors;
  const submit = form.handleSubmit(onStart);
  return (
    <form className="form panel" noValidate onSubmit={(event) => void submit(event)}>
      <TextField
        label="Visit date"
        type="date"
        error={errors.date?.message}
        {...form.register('date')}
      />
      <TextField
        label="Clinician"
        autoComplete="name"
        error={errors.clinician?.message}
        {...form.register('clinician')}
      />
      <RadioGroupField
        label="Care setting"
        hint="Chooses the pretest probabilities the assessment starts from."
        error={errors.careSetting?.message}
        options={CARE_SETTINGS.map((value) => ({ value, label: CARE_SETTING_LABELS[value] }))}
        inputProps={form.register('careSetting')}
      />
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={form.formState.isSubmitting}
        >
          Start visit
        </button>
      </div>
    </form>
  );
}
