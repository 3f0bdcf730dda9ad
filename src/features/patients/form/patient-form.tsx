import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { DuplicateIdentifierError } from '../../../data/patients/patient.repository';
import { SEX_VALUES, type PatientInput } from '../../../data/patients/patient.schema';
import { todayIsoDate } from '../../../lib/dates';
import { RadioGroupField, TextAreaField, TextField } from '../../../ui/field';
import { Notice } from '../../../ui/notice';
import { SEX_LABELS } from '../patient-labels';
import {
  createPatientFormSchema,
  toPatientInput,
  type PatientFormOutput,
  type PatientFormValues,
} from './patient-form.schema';

const SEX_OPTIONS = SEX_VALUES.map((value) => ({ value, label: SEX_LABELS[value] }));

/**
 * New and edit share this form. Validation runs on submit (zod owns the messages); focus then
 * goes to the first field in error, and nothing is saved until every field is valid.
 */
export function PatientForm({
  defaultValues,
  submitLabel,
  onSave,
  cancel,
}: {
  readonly defaultValues: Partial<PatientFormValues>;
  readonly submitLabel: string;
  /** Saves; may throw DuplicateIdentifierError, which is shown at the identifier field. */
  readonly onSave: (input: PatientInput) => Promise<void>;
  readonly cancel: ReactNode;
}) {
  // "Today" is fixed when the form opens, so a message cannot change while the clinician types.
  const [schema] = useState(() => createPatientFormSchema(todayIsoDate()));
  const [today] = useState(() => todayIsoDate());
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<PatientFormValues, unknown, PatientFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: {
      givenName: '',
      familyName: '',
      dateOfBirth: '',
      identifier: '',
      notes: '',
      ...defaultValues,
    },
    shouldFocusError: true,
  });

  async function save(values: PatientFormOutput) {
    try {
      await onSave(toPatientInput(values));
    } catch (error) {
      if (error instanceof DuplicateIdentifierError) {
        setError(
          'identifier',
          { type: 'duplicate', message: error.message },
          { shouldFocus: true },
        );
        return;
      }
      setError('root.save', { message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        void handleSubmit(save)(event);
      }}
    >
      {errors.root?.save ? (
        <Notice tone="error" title="The patient was not saved.">
          <p>{errors.root.save.message}</p>
        </Notice>
      ) : null}
      <div className="form__row">
        <TextField
          label="Given name"
          autoComplete="off"
          error={errors.givenName?.message}
          {...register('givenName')}
        />
        <TextField
          label="Family name"
          autoComplete="off"
          error={errors.familyName?.message}
          {...register('familyName')}
        />
      </div>
      <TextField
        label="Date of birth"
        type="date"
        max={today}
        error={errors.dateOfBirth?.message}
        className="field--narrow"
        {...register('dateOfBirth')}
      />
      <RadioGroupField
        label="Sex"
        options={SEX_OPTIONS}
        error={errors.sex?.message}
        inputProps={register('sex')}
      />
      <TextField
        label="Identifier (optional)"
        hint="A clinic or hospital number. No two patients can share one."
        autoComplete="off"
        spellCheck={false}
        error={errors.identifier?.message}
        className="field--narrow"
        {...register('identifier')}
      />
      <TextAreaField
        label="Notes (optional)"
        rows={4}
        error={errors.notes?.message}
        {...register('notes')}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : submitLabel}
        </button>
        {cancel}
      </div>
    </form>
  );
}
