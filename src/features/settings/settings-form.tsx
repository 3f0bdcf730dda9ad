import { zodResolver } from '@hookform/resolvers/zod';
import { useBlocker } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { UNIT_SYSTEMS, type Settings } from '../../data/settings/settings.schema';
import { CARE_SETTING_LABELS } from '../../data/visits/visit-labels';
import { CARE_SETTINGS } from '../../data/visits/care-setting';
import { formatDateTime } from '../../lib/dates';
import { RadioGroupField, TextField } from '../../ui/field';
import { Notice } from '../../ui/notice';
import {
  isUnencryptedRemote,
  settingsFormSchema,
  toFormValues,
  toSettingsInput,
  type SettingsFormOutput,
  type SettingsFormValues,
} from './settings-form.schema';
import { useSaveSettings } from './settings-mutations';
import { UnsavedChangesDialog } from './unsaved-changes-dialog';

const UNIT_LABELS = {
  metric: 'Metric (cm, kg)',
  imperial: 'Imperial (in, lb)',
} as const satisfies Record<(typeof UNIT_SYSTEMS)[number], string>;

/**
 * Saved with an explicit button, not as you type: a half-typed server address must never be
 * used, even for a moment. Unsaved changes cannot be lost silently: leaving the screen asks first,
 * and closing or reloading the tab brings up the browser's own warning.
 */
export function SettingsForm({ settings }: { readonly settings: Settings }) {
  const save = useSaveSettings();
  const [savedAt, setSavedAt] = useState<string | undefined>(undefined);
  // Reactive values: a restore that changes the settings updates every field not being edited.
  const values = useMemo(() => toFormValues(settings), [settings]);
  const form = useForm<SettingsFormValues, unknown, SettingsFormOutput>({
    resolver: zodResolver(settingsFormSchema),
    values,
    resetOptions: { keepDirtyValues: true },
    shouldFocusError: true,
  });
  const { errors, isDirty, isSubmitting } = form.formState;
  const typedUrl = form.watch('fhirBaseUrl');
  const blocker = useBlocker({
    shouldBlockFn: () => form.formState.isDirty,
    enableBeforeUnload: () => form.formState.isDirty,
    withResolver: true,
  });

  async function onSave(output: SettingsFormOutput) {
    try {
      const saved = await save.mutateAsync(toSettingsInput(output));
      form.reset(toFormValues(saved));
      setSavedAt(saved.updatedAt);
    } catch (error) {
      form.setError('root.save', {
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  return (
    <>
      <form
        className="form settings-form"
        noValidate
        aria-labelledby="settings-form-title"
        onSubmit={(event) => void form.handleSubmit(onSave)(event)}
      >
        <h2 id="settings-form-title">Preferences</h2>
        {errors.root?.save ? (
          <Notice tone="error" title="The settings were not saved.">
            <p>{errors.root.save.message}</p>
          </Notice>
        ) : null}
        <TextField
          label="Clinician name"
          hint="Filled in as the clinician when you start a visit; you can still change it there."
          autoComplete="name"
          error={errors.clinicianName?.message}
          {...form.register('clinicianName')}
        />
        <RadioGroupField
          label="Default care setting"
          hint="The care setting a new visit starts with. It sets the starting probabilities of the assessment."
          error={errors.defaultCareSetting?.message}
          options={CARE_SETTINGS.map((value) => ({ value, label: CARE_SETTING_LABELS[value] }))}
          inputProps={form.register('defaultCareSetting')}
        />
        <RadioGroupField
          label="Units"
          hint="For lengths and weights. Angles are always in degrees."
          error={errors.units?.message}
          options={UNIT_SYSTEMS.map((value) => ({ value, label: UNIT_LABELS[value] }))}
          inputProps={form.register('units')}
        />
        <h3 className="settings-form__group">FHIR server</h3>
        <p>
          Leave this empty to keep every record on this device only: then nothing is sent anywhere.
          When you enter a server, the app can send patient records to it and read records from it
          when you synchronise a patient.
        </p>
        <TextField
          label="FHIR server base address (optional)"
          hint="An http or https address, for example https://fhir.example.org/r4"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          error={errors.fhirBaseUrl?.message}
          {...form.register('fhirBaseUrl')}
        />
        {!errors.fhirBaseUrl && isUnencryptedRemote(typedUrl) ? (
          <Notice
            tone="warning"
            title="This address is not encrypted (http, not https)."
            live={false}
          >
            <p>
              Records sent to it could be read on the way. Use https unless the server is on this
              computer.
            </p>
          </Notice>
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {isSubmitting ? 'Saving…' : 'Save settings'}
          </button>
          <p className="settings-form__state" role="status">
            {isDirty
              ? 'You have unsaved changes.'
              : savedAt
                ? `Saved on this device at ${formatDateTime(savedAt)}.`
                : ''}
          </p>
        </div>
      </form>
      {blocker.status === 'blocked' ? (
        <UnsavedChangesDialog onStay={blocker.reset} onLeave={blocker.proceed} />
      ) : null}
    </>
  );
}
