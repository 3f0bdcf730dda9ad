import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { patientRepository } from '../../data/patients/patient.repository';
import { settingsQueries } from '../../data/settings/settings.queries';
import { settingsRepository } from '../../data/settings/settings.repository';
import { DEFAULT_SETTINGS_INPUT } from '../../data/settings/settings.schema';
import { renderApp } from '../../test/render-app';

describe('the new-visit form', () => {
  it('keeps what the clinician typed at once when the saved settings arrive or change later', async () => {
    await settingsRepository.save({
      ...DEFAULT_SETTINGS_INPUT,
      clinicianName: 'Sam Physio',
      defaultCareSetting: 'general',
    });
    const patient = await patientRepository.create({
      givenName: 'Adaeze',
      familyName: 'Okafor',
      dateOfBirth: '1990-04-12',
      sex: 'female',
      notes: '',
    });
    const { user, queryClient } = await renderApp(`/patients/${patient.id}/visits/new`);
    const clinician = await screen.findByRole('textbox', { name: 'Clinician' });
    await user.clear(clinician);
    await user.type(clinician, 'Alex Typed');
    await user.click(screen.getByRole('radio', { name: 'Sports medicine' }));

    // Settings saved in another tab arrive after the form has been filled in.
    const later = await settingsRepository.save({
      ...DEFAULT_SETTINGS_INPUT,
      clinicianName: 'Someone Else',
      defaultCareSetting: 'general',
    });
    queryClient.setQueryData(settingsQueries.detail().queryKey, later);
    await queryClient.invalidateQueries({ queryKey: settingsQueries.all() });

    expect(await screen.findByRole('textbox', { name: 'Clinician' })).toHaveValue('Alex Typed');
    expect(screen.getByRole('radio', { name: 'Sports medicine' })).toBeChecked();
  });
});
