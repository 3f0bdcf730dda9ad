import { createMemoryHistory } from '@tanstack/react-router';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { mockFhirServer, resetMockFhirServer } from '../../mocks/handlers';
import { App } from './app';
import { createAppRouter } from './router';
import { createQueryClient } from '../data/query-client';
import { patientRepository } from '../data/patients/patient.repository';
import type { Patient } from '../data/patients/patient.schema';
import { settingsRepository } from '../data/settings/settings.repository';
import { DEFAULT_SETTINGS_INPUT } from '../data/settings/settings.schema';

/**
 * The patient screen's FHIR server panel against the in-memory FHIR server that MSW serves
 * (mocks/fhir): the real app, the real sync engine and mapping, HTTP answered by the mock.
 */
const SERVER = 'http://fhir.mock.test/fhir';

async function configure(url = SERVER): Promise<void> {
  await settingsRepository.save({ ...DEFAULT_SETTINGS_INPUT, fhirBaseUrl: url });
}

async function addPatient(): Promise<Patient> {
  return patientRepository.create({
    givenName: 'Ines',
    familyName: 'Navarro',
    dateOfBirth: '1984-03-09',
    sex: 'female',
    identifier: 'CLINIC-77',
    notes: '',
  });
}

function panel(): HTMLElement {
  const heading = screen.getByRole('heading', { name: 'FHIR server' });
  const section = heading.closest('section');
  if (!section) throw new Error('no sync panel');
  return section;
}

const state = () => within(panel()).getByRole('status');

/** The first sync loads the engine and the FHIR mapping on demand, which takes a while here. */
const eventually = (check: () => void) => waitFor(check, { timeout: 10_000 });

/** The real app at `path`, waiting (longer than renderApp: the first lazy load is slow) for the panel. */
async function renderApp(path: string) {
  const queryClient = createQueryClient();
  const router = createAppRouter({
    queryClient,
    history: createMemoryHistory({ initialEntries: [path] }),
  });
  const user = userEvent.setup();
  render(<App router={router} queryClient={queryClient} />);
  await screen.findByRole('heading', { name: 'FHIR server' }, { timeout: 10_000 });
  return { user };
}

beforeEach(() => {
  resetMockFhirServer();
});

// The first screen of each test loads lazy chunks, and a sync loads the mapping: slow here.
describe('patient sync panel', { timeout: 30_000 }, () => {
  it('says the records stay on this device when no server is set up, and sends nothing', async () => {
    const patient = await addPatient();
    await renderApp(`/patients/${patient.id}`);
    expect(await screen.findByText(/stay on this device/)).toBeInTheDocument();
    expect(state()).toHaveTextContent('This device only');
    expect(within(panel()).queryByRole('button')).toBeNull();
    expect(mockFhirServer.requestCount).toBe(0);
  });

  it('sends the patient when the screen opens, then shows Synced in words', async () => {
    await configure();
    const patient = await addPatient();
    await renderApp(`/patients/${patient.id}`);
    await eventually(() => {
      expect(state()).toHaveTextContent('Synced');
    });
    expect(state()).toHaveTextContent('fhir.mock.test');
    expect(mockFhirServer.read('Patient', patient.id)).toMatchObject({
      name: [{ family: 'Navarro', given: ['Ines'] }],
      meta: { versionId: '1' },
    });
  });

  it('shows a server that cannot be reached, retries by itself, and loses nothing', async () => {
    await configure();
    const patient = await addPatient();
    mockFhirServer.setFault({ kind: 'offline' });
    await renderApp(`/patients/${patient.id}`);
    await eventually(() => {
      expect(state()).toHaveTextContent(/could not be reached.*Trying again automatically/);
    });
    expect(state()).toHaveTextContent('Not synced');
    expect(await patientRepository.get(patient.id)).toEqual(patient);

    mockFhirServer.setFault({ kind: 'none' });
    await eventually(() => {
      expect(state()).toHaveTextContent('Synced');
    });
    expect(mockFhirServer.read('Patient', patient.id)).toBeDefined();
  });

  it('stops at an error retrying cannot fix, says why, and offers Retry now', async () => {
    await configure();
    const patient = await addPatient();
    mockFhirServer.setFault({ kind: 'status', status: 401 });
    const { user } = await renderApp(`/patients/${patient.id}`);
    await eventually(() => {
      expect(state()).toHaveTextContent(/asks for a sign-in.*unchanged/);
    });
    mockFhirServer.setFault({ kind: 'none' });
    await user.click(within(panel()).getByRole('button', { name: 'Retry now' }));
    await eventually(() => {
      expect(state()).toHaveTextContent('Synced');
    });
  });

  it('shows a conflict with both times, and takes the server version only when confirmed', async () => {
    await configure();
    const patient = await addPatient();
    const { user } = await renderApp(`/patients/${patient.id}`);
    await eventually(() => {
      expect(state()).toHaveTextContent('Synced');
    });

    mockFhirServer.editAsAnotherClient('Patient', patient.id, (resource) => ({
      ...resource,
      name: [{ use: 'official', family: 'Okafor', given: ['Ines'] }],
    }));
    await patientRepository.update(patient.id, { ...patient, notes: 'Changed on this device' });
    await user.click(within(panel()).getByRole('button', { name: 'Sync now' }));

    await eventually(() => {
      expect(state()).toHaveTextContent('Conflict');
    });
    const item = within(panel()).getByText('Patient details').closest('li');
    if (!item) throw new Error('no conflict item');
    expect(item).toHaveTextContent(
      /Changed on this device \(last change .+\) and on the server \(.+\)/,
    );
    // Nothing was overwritten on either side.
    expect(mockFhirServer.read('Patient', patient.id)).toMatchObject({
      name: [{ family: 'Okafor' }],
    });
    expect(await patientRepository.get(patient.id)).toMatchObject({
      familyName: 'Navarro',
      notes: 'Changed on this device',
    });

    await user.click(
      within(item).getByRole('button', { name: 'Use the server’s version (Patient details)' }),
    );
    const dialog = await screen.findByRole('dialog', { name: /Replace this device’s version/ });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await patientRepository.get(patient.id)).toMatchObject({ familyName: 'Navarro' });

    await user.click(
      within(item).getByRole('button', { name: 'Use the server’s version (Patient details)' }),
    );
    await user.click(
      within(
        await screen.findByRole('dialog', { name: /Replace this device’s version/ }),
      ).getByRole('button', { name: 'Use the server’s version' }),
    );
    await eventually(() => {
      expect(state()).toHaveTextContent('Synced');
    });
    expect(await patientRepository.get(patient.id)).toMatchObject({
      familyName: 'Okafor',
      notes: '',
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Okafor, Ines');
  });

  it('marks the patient in the patient list while the conflict waits, in words', async () => {
    await configure();
    const patient = await addPatient();
    const other = await patientRepository.create({
      givenName: 'Tamsin',
      familyName: 'Lindqvist',
      dateOfBirth: '1970-01-01',
      sex: 'female',
      notes: '',
    });
    const { user } = await renderApp(`/patients/${patient.id}`);
    await eventually(() => {
      expect(state()).toHaveTextContent('Synced');
    });
    mockFhirServer.editAsAnotherClient('Patient', patient.id, (resource) => ({
      ...resource,
      birthDate: '1984-03-10',
    }));
    await patientRepository.update(patient.id, { ...patient, notes: 'Changed here' });
    await user.click(within(panel()).getByRole('button', { name: 'Sync now' }));
    await eventually(() => {
      expect(state()).toHaveTextContent('Conflict');
    });

    // jsdom does no layout; give the table's scroll container a height so rows render.
    const saved = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
    Object.defineProperty(Element.prototype, 'clientHeight', {
      configurable: true,
      get: () => 400,
    });
    onTestFinished(() => {
      if (saved) Object.defineProperty(Element.prototype, 'clientHeight', saved);
    });
    await user.click(screen.getByRole('link', { name: 'Patients' }));
    const link = await screen.findByRole('link', { name: 'Navarro, Ines' }, { timeout: 10_000 });
    const row = link.closest('tr');
    if (!row) throw new Error('no row');
    await eventually(() => {
      expect(row).toHaveTextContent('Sync conflict');
    });
    const otherRow = screen.getByRole('link', { name: 'Lindqvist, Tamsin' }).closest('tr');
    expect(otherRow).not.toHaveTextContent(/Sync conflict|Not synced/);
    expect(other.id).not.toBe(patient.id);
  });

  it('keeps this device’s version when chosen, over the server’s current version', async () => {
    await configure();
    const patient = await addPatient();
    const { user } = await renderApp(`/patients/${patient.id}`);
    await eventually(() => {
      expect(state()).toHaveTextContent('Synced');
    });
    mockFhirServer.editAsAnotherClient('Patient', patient.id, (resource) => ({
      ...resource,
      birthDate: '1984-03-10',
    }));
    await patientRepository.update(patient.id, { ...patient, familyName: 'Navarro-Ruiz' });
    await user.click(within(panel()).getByRole('button', { name: 'Sync now' }));
    await eventually(() => {
      expect(state()).toHaveTextContent('Conflict');
    });
    await user.click(
      within(panel()).getByRole('button', { name: 'Keep this device’s version (Patient details)' }),
    );
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Send this device’s version',
      }),
    );
    await eventually(() => {
      expect(state()).toHaveTextContent('Synced');
    });
    expect(mockFhirServer.read('Patient', patient.id)).toMatchObject({
      name: [{ family: 'Navarro-Ruiz' }],
      birthDate: '1984-03-09',
      meta: { versionId: '3' },
    });
  });
});
