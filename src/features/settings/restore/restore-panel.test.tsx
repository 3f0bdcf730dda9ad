import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  testBackup,
  testPatient,
  testSettings,
  testVisit,
} from '../../../data/backup/test-records';
import { getDatabase } from '../../../data/db';
import { patientRepository } from '../../../data/patients/patient.repository';
import { settingsRepository } from '../../../data/settings/settings.repository';
import { renderWithProviders } from '../../../test/render-with-providers';
import { SettingsPage } from '../settings-page';

afterEach(() => {
  vi.restoreAllMocks();
});

const ada = testPatient(1, { familyName: 'Okafor', givenName: 'Adaeze' });
const bjorn = testPatient(2, { familyName: 'Lindqvist', givenName: 'Bjorn' });
const adaVisit = testVisit(1, ada.id);

function backupFile(content: unknown, name = 'backup.json'): File {
  return new File([typeof content === 'string' ? content : JSON.stringify(content)], name, {
    type: 'application/json',
  });
}

async function chooseFile(
  user: Awaited<ReturnType<typeof renderWithProviders>>['user'],
  file: File,
) {
  await user.upload(screen.getByLabelText('Backup file'), file);
}

/** Generous: the first database open and the lazy screen can be slow on a busy machine. */
const SLOW = { timeout: 5000 };

function table(caption: string) {
  return screen.getByRole('table', { name: caption });
}

/** The table's body as rows of cell text, header cell first. */
function rowsOf(element: HTMLElement): string[][] {
  return within(element)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
        (cell) => cell.textContent,
      ),
    );
}

async function putOnDevice(records: { patients?: unknown[]; visits?: unknown[] }) {
  const database = await getDatabase();
  await database.transact(['patients', 'visits'], 'readwrite', async (tx) => {
    for (const row of records.patients ?? []) await tx.put('patients', row);
    for (const row of records.visits ?? []) await tx.put('visits', row);
  });
}

describe('restoring a backup', { timeout: 30_000 }, () => {
  it('checks the file, shows what it will add, restores on request and sums up', async () => {
    const { user } = await renderWithProviders(<SettingsPage />);
    const file = backupFile(
      testBackup({ patients: [ada, bjorn], visits: [adaVisit], settings: [testSettings()] }),
    );
    await chooseFile(user, file);

    await screen.findByRole('heading', { name: 'Check before restoring' }, SLOW);
    expect(rowsOf(table('The file compared with this device'))).toEqual([
      ['Patients', '2', '0', '0'],
      ['Visits', '1', '0', '0'],
      ['Plans (kept in visits)', '0', '0', '0'],
      ['Settings', '1', '0', '0'],
    ]);
    // Nothing is written before the clinician says so.
    expect((await patientRepository.list()).patients).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Restore' }));
    const heading = await screen.findByRole('heading', { name: 'Restore complete' }, SLOW);
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    expect(rowsOf(table('What the restore did'))).toEqual([
      ['Patients', '2', '0', '0', '0'],
      ['Visits', '1', '0', '0', '0'],
      ['Plans (kept in visits)', '0', '0', '0', '0'],
      ['Settings', '1', '0', '0', '0'],
    ]);
    expect((await patientRepository.list()).patients).toEqual([ada, bjorn]);
    // The form shows the restored settings.
    expect(screen.getByRole('textbox', { name: 'Clinician name' })).toHaveValue('Sam Clinician');
    expect(await settingsRepository.get()).toEqual(testSettings());
  });

  it('refuses a malformed file with what is wrong and where, and changes nothing', async () => {
    await putOnDevice({ patients: [bjorn] });
    const { user } = await renderWithProviders(<SettingsPage />);
    const bad = testBackup({ patients: [{ ...ada, dateOfBirth: 'soon' }], visits: [adaVisit] });
    await chooseFile(user, backupFile(bad));

    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent(
      'Nothing was restored. The file is not a backup this app can restore.',
    );
    expect(alert).toHaveTextContent('records.patients[0].dateOfBirth');
    expect(alert).toHaveTextContent(
      'Patient 1 in the file (id patient-1), field dateOfBirth: Enter the date of birth as a full date',
    );
    expect(alert).toHaveTextContent('Every record on this device is as it was before.');
    expect((await patientRepository.list()).patients).toEqual([bjorn]);
  });

  it('says where a truncated file ends', async () => {
    const { user } = await renderWithProviders(<SettingsPage />);
    const text = JSON.stringify(testBackup({ patients: [ada] }), null, 2);
    await chooseFile(user, backupFile(text.slice(0, 200)));
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('The file is damaged: it is not valid JSON.');
    expect(alert).toHaveTextContent(/At line \d+, column \d+: /);
  });

  it('shows each conflict, keeps this device’s by default, and applies the choices made', async () => {
    const deviceAda = {
      ...ada,
      notes: 'Edited on this device',
      updatedAt: '2026-03-02T09:00:00.000Z',
    };
    const deviceBjorn = { ...bjorn, notes: 'Also edited here' };
    await putOnDevice({ patients: [deviceAda, deviceBjorn] });
    const { user } = await renderWithProviders(<SettingsPage />);
    await chooseFile(user, backupFile(testBackup({ patients: [ada, bjorn], visits: [adaVisit] })));

    const conflicts = await screen.findByRole('region', { name: /2 conflicts/ }, SLOW);
    const adaChoice = within(conflicts).getByRole('group', { name: 'Patient Okafor, Adaeze' });
    expect(adaChoice).toHaveTextContent('Differs in: notes, last changed.');
    expect(within(adaChoice).getByRole('radio', { name: /Keep this device’s/ })).toBeChecked();
    await user.click(within(adaChoice).getByRole('radio', { name: /Take the backup’s/ }));

    await user.click(screen.getByRole('button', { name: 'Restore' }));
    await screen.findByRole('heading', { name: 'Restore complete' }, SLOW);
    expect(rowsOf(table('What the restore did'))[0]).toEqual(['Patients', '0', '0', '1', '1']);
    expect(await patientRepository.get(ada.id)).toEqual(ada);
    expect(await patientRepository.get(bjorn.id)).toEqual(deviceBjorn);
  });

  it('refuses to restore a patient whose identifier another patient here has, saying who', async () => {
    const holder = testPatient(9, {
      familyName: 'Navarro',
      givenName: 'Carmen',
      identifier: 'MRN-1',
    });
    await putOnDevice({ patients: [holder] });
    const { user } = await renderWithProviders(<SettingsPage />);
    await chooseFile(user, backupFile(testBackup({ patients: [ada] })));
    await screen.findByRole('heading', { name: 'Check before restoring' }, SLOW);
    expect(screen.getByRole('alert')).toHaveTextContent(
      /patient Okafor, Adaeze \(id patient-1\) has the identifier "MRN-1", which patient Navarro, Carmen \(id patient-9\) on this device already has/,
    );
    expect(screen.getByRole('button', { name: 'Restore' })).toBeDisabled();
  });

  it('writes nothing when the device changed during the review, and offers to compare again', async () => {
    await putOnDevice({ patients: [bjorn] });
    const { user } = await renderWithProviders(<SettingsPage />);
    await chooseFile(user, backupFile(testBackup({ patients: [ada, bjorn] })));
    await screen.findByRole('heading', { name: 'Check before restoring' }, SLOW);
    // Another tab edits Bjorn while this one is reviewing.
    const edited = { ...bjorn, notes: 'Saved in another tab' };
    await putOnDevice({ patients: [edited] });

    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(
      /changed while you were reviewing the import/,
    );
    expect((await patientRepository.list()).patients).toEqual([edited]);

    await user.click(
      screen.getByRole('button', { name: 'Compare the file with this device again' }),
    );
    expect(
      await screen.findByRole('region', { name: /1 conflict: choose/ }, SLOW),
    ).toBeInTheDocument();
  });

  it('exports everything as one JSON file', async () => {
    await putOnDevice({ patients: [ada], visits: [adaVisit] });
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:backup';
      }),
      revokeObjectURL: vi.fn(),
    });
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    const { user } = await renderWithProviders(<SettingsPage />);
    await user.click(screen.getByRole('button', { name: 'Export everything' }));

    expect(
      await screen.findByText(/^Saved iliopsoas-workbench-backup-.*\.json/, {}, SLOW),
    ).toHaveTextContent('with 1 patient and 1 visit');
    expect(click).toHaveBeenCalledTimes(1);
    const [blob] = blobs;
    const file: unknown = JSON.parse(await (blob ?? new Blob()).text());
    expect(file).toMatchObject({
      format: 'iliopsoas-workbench-backup',
      formatVersion: 1,
      records: { patients: [ada], visits: [adaVisit], settings: [] },
    });
  });
});
