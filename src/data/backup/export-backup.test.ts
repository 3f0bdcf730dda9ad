import { describe, expect, it } from 'vitest';
import { KB_VERSION } from '../../clinical/index.ts';
import { openDatabase, type Database } from '../db';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './backup-format';
import { backupFileName, exportBackup, serializeBackup } from './export-backup';
import { importRecordsAtomically } from './import-records';
import { testPatient, testSettings, testVisit } from './test-records';
import { readBackupText } from './validate-backup';

const now = new Date('2026-05-01T10:42:00.000Z');
const ada = testPatient(1);
const adaVisit = testVisit(1, ada.id);

async function deviceWith(rows: {
  patients?: unknown[];
  visits?: unknown[];
  settings?: unknown[];
}) {
  const database = await openDatabase();
  await database.transact(['patients', 'visits', 'settings'], 'readwrite', async (tx) => {
    for (const row of rows.patients ?? []) await tx.put('patients', row);
    for (const row of rows.visits ?? []) await tx.put('visits', row);
    for (const row of rows.settings ?? []) await tx.put('settings', row);
  });
  return database;
}

async function allRows(database: Database) {
  return database.transact(['patients', 'visits', 'settings'], 'readonly', async (tx) => ({
    patients: await tx.getAll('patients'),
    visits: await tx.getAll('visits'),
    settings: await tx.getAll('settings'),
  }));
}

describe('exporting everything', () => {
  it('writes every record exactly as stored in a versioned envelope', async () => {
    const database = await deviceWith({
      patients: [ada],
      visits: [adaVisit],
      settings: [testSettings()],
    });
    const { file, counts } = await exportBackup(database, { now, appVersion: '9.9.9' });
    expect(file).toEqual({
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      exportedAt: '2026-05-01T10:42:00.000Z',
      kbVersion: KB_VERSION,
      appVersion: '9.9.9',
      records: { patients: [ada], visits: [adaVisit], settings: [testSettings()] },
    });
    expect(counts).toEqual({ patients: 1, visits: 1, plans: 0, settings: 1, unreadable: 0 });
    database.close();
  });

  it('carries rows it cannot read, with the reason, instead of dropping them', async () => {
    const broken = { id: 'patient-x', schemaVersion: 1, givenName: 42 };
    const database = await deviceWith({ patients: [ada, broken] });
    const { file, counts } = await exportBackup(database, { now });
    expect(file.records.patients).toEqual([ada]);
    expect(file.unreadable).toEqual([
      {
        store: 'patients',
        key: 'patient-x',
        reason: expect.stringMatching(/givenName/) as string,
        row: broken,
      },
    ]);
    expect(counts.unreadable).toBe(1);
    database.close();
  });

  it('still exports when a foreign row holds something JSON cannot', async () => {
    const foreign = { id: 'odd', schemaVersion: 1, count: 10n };
    const database = await deviceWith({ patients: [ada, foreign] });
    const { file } = await exportBackup(database, { now });
    const text = serializeBackup(file);
    expect(JSON.parse(text)).toMatchObject({
      unreadable: [{ key: 'odd', row: { notJson: expect.stringMatching(/BigInt/) as string } }],
    });
    database.close();
  });

  it('restores on another device to exactly the same records', async () => {
    const source = await deviceWith({
      patients: [ada, testPatient(2)],
      visits: [adaVisit, testVisit(2, ada.id, { date: '2026-03-01' })],
      settings: [testSettings({ fhirBaseUrl: 'https://fhir.example.test/r4' })],
    });
    const text = serializeBackup((await exportBackup(source, { now })).file);
    const sourceRows = await allRows(source);
    source.close();

    const read = await readBackupText(text, { pause: () => Promise.resolve() });
    if (!read.ok) throw new Error(JSON.stringify(read.failure));
    const target = await openDatabase({ name: 'another-device' });
    const result = await importRecordsAtomically(target, read.backup.records);
    expect(result.outcome.added).toEqual({ patients: 2, visits: 2, plans: 0, settings: 1 });
    expect(await allRows(target)).toEqual(sourceRows);
    target.close();
  });

  it('names the file by local date and time', () => {
    const local = new Date(2026, 4, 1, 9, 5);
    expect(backupFileName(local)).toBe('iliopsoas-workbench-backup-2026-05-01-0905.json');
  });
});
