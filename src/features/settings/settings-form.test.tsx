import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { settingsRepository } from '../../data/settings/settings.repository';
import { DEFAULT_SETTINGS_INPUT } from '../../data/settings/settings.schema';
import { renderApp } from '../../test/render-app';
import { renderWithProviders } from '../../test/render-with-providers';
import { SettingsPage } from './settings-page';

function fhirField() {
  return screen.getByRole('textbox', { name: 'FHIR server base address (optional)' });
}

async function openSettings() {
  const view = await renderWithProviders(<SettingsPage />);
  await screen.findByRole('textbox', { name: 'Clinician name' });
  return view;
}

/** In the whole app, for what needs its navigation: leaving the screen. */
async function openSettingsInApp() {
  const view = await renderApp('/settings');
  await screen.findByRole('textbox', { name: 'Clinician name' });
  return view;
}

// Load the lazily imported screen once, so no test waits for a cold import on a busy machine.
beforeAll(async () => {
  await import('./settings-page');
});

describe('settings form', { timeout: 30_000 }, () => {
  it('starts from the defaults on a fresh device, saying nothing is sent anywhere', async () => {
    await openSettings();
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Clinician name' })).toHaveValue('');
    expect(screen.getByRole('radio', { name: 'General outpatient' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Metric (cm, kg)' })).toBeChecked();
    expect(fhirField()).toHaveValue('');
    const stored = screen.getByRole('region', { name: 'What is stored where' });
    expect(
      within(stored).getByText(/None is set, so nothing is sent anywhere/),
    ).toBeInTheDocument();
    expect(document.title).toBe('Settings – Iliopsoas Workbench');
  });

  it('saves every field when Save is pressed, and says so', async () => {
    const { user } = await openSettings();
    await user.type(screen.getByRole('textbox', { name: 'Clinician name' }), 'Sam Okoro');
    await user.click(screen.getByRole('radio', { name: 'Sports medicine' }));
    await user.click(screen.getByRole('radio', { name: 'Imperial (in, lb)' }));
    await user.type(fhirField(), '  https://fhir.example.org/r4 ');
    expect(screen.getByText('You have unsaved changes.')).toBeInTheDocument();
    // Nothing is saved while typing.
    expect(await settingsRepository.get()).toMatchObject(DEFAULT_SETTINGS_INPUT);

    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/^Saved on this device at/)).toBeInTheDocument();
    expect(await settingsRepository.get()).toMatchObject({
      clinicianName: 'Sam Okoro',
      defaultCareSetting: 'sports',
      units: 'imperial',
      fhirBaseUrl: 'https://fhir.example.org/r4',
    });
    expect(fhirField()).toHaveValue('https://fhir.example.org/r4');
    const stored = screen.getByRole('region', { name: 'What is stored where' });
    expect(within(stored).getByText('https://fhir.example.org/r4')).toBeInTheDocument();
  });

  it.each([
    ['ftp://files.example.org', 'Enter an http or https address'],
    ['fhir.example.org', 'Enter an http or https address'],
    ['https://sam:secret@fhir.example.org/r4', /Leave out any user name or password/],
    ['https://fhir.example.org/r4?_format=json', /without a \? or # part/],
  ])('refuses %s at the field, focuses it, and saves nothing', async (url, message) => {
    const { user } = await openSettings();
    await user.type(fhirField(), url);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => {
      expect(fhirField()).toHaveFocus();
    });
    expect(fhirField()).toHaveAttribute('aria-invalid', 'true');
    expect(fhirField()).toHaveAccessibleDescription(
      typeof message === 'string' ? expect.stringContaining(message) : message,
    );
    expect(await settingsRepository.get()).toMatchObject({ fhirBaseUrl: '' });
  });

  it('warns about plain http to another computer, but not to this one', async () => {
    const { user } = await openSettings();
    await user.type(fhirField(), 'http://fhir.example.org/r4');
    expect(
      screen.getByText('This address is not encrypted (http, not https).'),
    ).toBeInTheDocument();
    await user.clear(fhirField());
    await user.type(fhirField(), 'http://localhost:8080/fhir');
    expect(screen.queryByText(/not encrypted/)).not.toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes, and keeps them when told to stay', async () => {
    const { user, router } = await openSettingsInApp();
    const name = screen.getByRole('textbox', { name: 'Clinician name' });
    await user.type(name, 'Unsaved Name');
    const nav = screen.getByRole('navigation', { name: 'Main' });

    await user.click(within(nav).getByRole('link', { name: 'Patients' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay and keep editing' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/settings');
    expect(screen.getByRole('textbox', { name: 'Clinician name' })).toHaveValue('Unsaved Name');

    await user.click(within(nav).getByRole('link', { name: 'Patients' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Leave without saving',
      }),
    );
    expect(
      // The patients screen's code loads on first visit, which can take a moment in jsdom.
      await screen.findByRole('heading', { level: 1, name: 'Patients' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(await settingsRepository.get()).toMatchObject({ clinicianName: '' });
  });

  it('lets the clinician leave without asking once the changes are saved', async () => {
    const { user } = await openSettingsInApp();
    await user.type(screen.getByRole('textbox', { name: 'Clinician name' }), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText(/^Saved on this device at/);
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'Patients',
      }),
    );
    expect(
      // The patients screen's code loads on first visit, which can take a moment in jsdom.
      await screen.findByRole('heading', { level: 1, name: 'Patients' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
