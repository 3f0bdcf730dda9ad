import { describe, expect, it } from 'vitest';
import { visitRecord } from '../visits/visit.schema';
import { MAX_BACKUP_BYTES } from './backup-format';
import type { BackupFailure, BackupProblem } from './backup-problems';
import { testBackup, testPatient, testSettings, testVisit } from './test-records';
import {
  checkBackupSize,
  readBackupText,
  validateBackupValue,
  type BackupReadResult,
} from './validate-backup';

const noPause = () => Promise.resolve();

/** A visit as schema 1 stored it: no red-flag actions or addenda yet. */
function asVersionOne(visit: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries({ ...visit, schemaVersion: 1 }).filter(
      ([key]) => key !== 'redFlagActions' && key !== 'addenda',
    ),
  );
}

function failureOf(result: BackupReadResult): BackupFailure {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.failure;
}

function problemsOf(result: BackupReadResult): readonly BackupProblem[] {
  const failure = failureOf(result);
  if (failure.kind !== 'invalid') throw new Error(`expected invalid, got ${failure.kind}`);
  return failure.problems;
}

const ada = testPatient(1);
const bjorn = testPatient(2);
const adaVisit = testVisit(1, ada.id);
const goodFile = testBackup({
  patients: [ada, bjorn],
  visits: [adaVisit],
  settings: [testSettings()],
});

describe('reading a backup file', () => {
  it('accepts a valid file and returns every record, parsed', async () => {
    const result = await readBackupText(JSON.stringify(goodFile), { pause: noPause });
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    expect(result.backup.records.patients).toEqual([ada, bjorn]);
    expect(result.backup.records.visits).toEqual([adaVisit]);
    expect(result.backup.records.settings).toEqual([testSettings()]);
    expect(result.backup.meta).toEqual({
      exportedAt: '2026-03-01T10:00:00.000Z',
      kbVersion: '2026.11.0',
      appVersion: '0.1.0',
      formatVersion: 1,
    });
    expect(result.backup.migratedRecords).toBe(0);
  });

  it('refuses an oversized file by its size, before reading it', () => {
    expect(checkBackupSize(MAX_BACKUP_BYTES + 1)).toEqual({
      kind: 'too-large',
      bytes: MAX_BACKUP_BYTES + 1,
      limit: MAX_BACKUP_BYTES,
    });
    expect(checkBackupSize(MAX_BACKUP_BYTES)).toBeUndefined();
    expect(checkBackupSize(0)).toEqual({ kind: 'empty' });
  });

  it('refuses text over the limit without parsing it', async () => {
    const text = JSON.stringify(goodFile);
    const failure = failureOf(await readBackupText(text, { maxBytes: text.length - 1 }));
    expect(failure).toMatchObject({ kind: 'too-large', limit: text.length - 1 });
  });

  it('says where a truncated file ends', async () => {
    const text = JSON.stringify(goodFile, null, 2);
    const cut = text.slice(0, Math.floor(text.length / 2));
    const failure = failureOf(await readBackupText(cut));
    expect(failure).toMatchObject({ kind: 'syntax', offset: expect.any(Number) as number });
    if (failure.kind !== 'syntax') return;
    expect(failure.message).toMatch(/ends before the data is complete|never closed/);
    expect(failure.line).toBeGreaterThan(1);
  });

  it('gives the line and column of a syntax error in the middle', async () => {
    const text = '{\n  "format": "iliopsoas-workbench-backup",\n  "formatVersion": 1,,\n}';
    expect(failureOf(await readBackupText(text))).toEqual({
      kind: 'syntax',
      offset: text.indexOf(',,') + 1,
      line: 3,
      column: 22,
      message: 'expected a property name in double quotes, found ","',
    });
  });

  it('refuses an empty file and a file that is not a backup', async () => {
    expect(failureOf(await readBackupText('  \n'))).toEqual({ kind: 'empty' });
    expect(problemsOf(await readBackupText('[1, 2]'))).toEqual([
      {
        location: '(the whole file)',
        message: expect.stringMatching(/not an Iliopsoas Workbench backup/) as string,
      },
    ]);
    expect(problemsOf(await readBackupText('{"format": "other-app", "data": []}'))).toEqual([
      {
        location: 'format',
        message: expect.stringMatching(/not an Iliopsoas Workbench backup/) as string,
      },
    ]);
  });

  it('refuses a file from a newer format, saying to update the app', async () => {
    const problems = problemsOf(
      await validateBackupValue({ ...goodFile, formatVersion: 7 }, { pause: noPause }),
    );
    expect(problems).toEqual([
      {
        location: 'formatVersion',
        message: expect.stringMatching(/newer version of the app.*Update the app/) as string,
      },
    ]);
  });

  it('refuses prototype keys anywhere, with their path, before any schema runs', async () => {
    const text = JSON.stringify(goodFile).replace(
      '"givenName":"Given2"',
      '"givenName":"Given2","__proto__":{"isAdmin":true}',
    );
    const withConstructor = text.replace('"pain-now":"4"', '"constructor":{"prototype":{}}');
    const problems = problemsOf(await readBackupText(withConstructor));
    expect(problems.map((p) => p.location)).toEqual([
      'records.patients[1].__proto__',
      'records.visits[0].findings.constructor',
    ]);
    expect(problems[0]?.message).toMatch(/"__proto__" is not allowed/);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses huge strings and absurd nesting, naming where they are', async () => {
    const huge = testBackup({ patients: [{ ...ada, notes: 'x'.repeat(200_000) }] });
    expect(problemsOf(await readBackupText(JSON.stringify(huge)))).toEqual([
      {
        location: 'records.patients[0].notes',
        message: expect.stringMatching(/200,000 characters/) as string,
      },
    ]);
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const problems = problemsOf(await readBackupText(deep));
    expect(problems[0]?.message).toMatch(/nested more than 32 levels/);
  });

  it('names the record, its id and the field path of a bad value', async () => {
    const file = testBackup({
      patients: [ada, { ...bjorn, dateOfBirth: 'last Tuesday' }],
      visits: [{ ...adaVisit, careSetting: 'spa', redFlagActions: [{ redFlagId: 7 }] }],
    });
    const problems = problemsOf(await validateBackupValue(file, { pause: noPause }));
    expect(
      problems.map((p) => [p.location, p.record?.id, p.record?.index, p.record?.field]),
    ).toEqual([
      ['records.patients[1].dateOfBirth', 'patient-2', 1, 'dateOfBirth'],
      ['records.visits[0].careSetting', 'visit-1', 0, 'careSetting'],
      ['records.visits[0].redFlagActions[0].redFlagId', 'visit-1', 0, 'redFlagActions.0.redFlagId'],
      ['records.visits[0].redFlagActions[0].response', 'visit-1', 0, 'redFlagActions.0.response'],
      ['records.visits[0].redFlagActions[0].note', 'visit-1', 0, 'redFlagActions.0.note'],
      [
        'records.visits[0].redFlagActions[0].recordedAt',
        'visit-1',
        0,
        'redFlagActions.0.recordedAt',
      ],
      [
        'records.visits[0].redFlagActions[0].recordedBy',
        'visit-1',
        0,
        'redFlagActions.0.recordedBy',
      ],
    ]);
  });

  it('refuses a wrong type for a whole store or the envelope, with the path', async () => {
    const problems = problemsOf(
      await validateBackupValue(
        { ...goodFile, exportedAt: 'yesterday', records: { ...goodFile.records, visits: 'none' } },
        { pause: noPause },
      ),
    );
    expect(problems.map((p) => p.location)).toEqual(['exportedAt', 'records.visits']);
  });

  it('refuses a store this app does not have', async () => {
    const file = { ...goodFile, records: { ...goodFile.records, invoices: [{ id: 'x' }] } };
    expect(problemsOf(await validateBackupValue(file, { pause: noPause }))).toEqual([
      { location: 'records.invoices', message: 'this app keeps no records called "invoices"' },
    ]);
  });

  it('refuses duplicate ids and shared identifiers within the file', async () => {
    const file = testBackup({
      patients: [ada, bjorn, { ...testPatient(3), identifier: 'MRN-1' }],
      visits: [adaVisit, { ...adaVisit, date: '2026-02-02' }],
    });
    const problems = problemsOf(await validateBackupValue(file, { pause: noPause }));
    expect(problems.map((p) => [p.location, p.message])).toEqual([
      [
        'records.patients[2].identifier',
        expect.stringMatching(/"MRN-1" is also used by records.patients\[0\]/),
      ],
      [
        'records.visits[1].id',
        expect.stringMatching(/"visit-1" is also used by records.visits\[0\]/),
      ],
    ]);
  });

  it('refuses a visit whose patient is not in the file', async () => {
    const file = testBackup({ patients: [bjorn], visits: [adaVisit] });
    expect(problemsOf(await validateBackupValue(file, { pause: noPause }))).toEqual([
      {
        location: 'records.visits[0].patientId',
        record: { store: 'visits', index: 0, id: 'visit-1', field: 'patientId' },
        message: 'this visit belongs to patient "patient-1", who is not in the file',
      },
    ]);
  });

  it('does not call a visit an orphan when its patient is in the file but invalid', async () => {
    const file = testBackup({ patients: [{ ...ada, sex: 'x' }], visits: [adaVisit] });
    const problems = problemsOf(await validateBackupValue(file, { pause: noPause }));
    expect(problems.map((p) => p.location)).toEqual(['records.patients[0].sex']);
  });

  it('migrates records saved at an older schema version, as the app does at start-up', async () => {
    const v1Visit = { ...asVersionOne(adaVisit), findings: { 'pain-now': 4 } };
    const result = await validateBackupValue(testBackup({ patients: [ada], visits: [v1Visit] }), {
      pause: noPause,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    expect(result.backup.migratedRecords).toBe(1);
    expect(result.backup.records.visits?.[0]).toMatchObject({
      schemaVersion: visitRecord.version,
      findings: { 'pain-now': '4' },
      redFlagActions: [],
      addenda: [],
    });
  });

  it('reports a record whose migration fails, with the reason', async () => {
    const signedV1 = { ...asVersionOne(adaVisit), status: 'signed' };
    const problems = problemsOf(
      await validateBackupValue(testBackup({ patients: [ada], visits: [signedV1] }), {
        pause: noPause,
      }),
    );
    expect(problems).toEqual([
      {
        location: 'records.visits[0]',
        record: { store: 'visits', index: 0, id: 'visit-1', field: '' },
        message: expect.stringMatching(/migration from schema 1 failed: a signed visit/) as string,
      },
    ]);
  });

  it('migrates an older backup format with the format migrations', async () => {
    // As if this build read format 2, which renamed format 1's "data" to "records".
    const { records, ...envelope } = testBackup({ patients: [ada], visits: [adaVisit] });
    const formatOne = { ...envelope, formatVersion: 1, data: records };
    const options = { pause: noPause, formatVersion: 2 };
    const migrated = await validateBackupValue(formatOne, {
      ...options,
      formatMigrations: { 1: ({ data, ...rest }) => ({ ...rest, records: data }) },
    });
    if (!migrated.ok) throw new Error(JSON.stringify(migrated.failure));
    expect(migrated.backup.meta.formatVersion).toBe(1);
    expect(migrated.backup.records.visits).toEqual([adaVisit]);

    expect(
      problemsOf(await validateBackupValue(formatOne, { ...options, formatMigrations: {} })),
    ).toEqual([{ location: 'formatVersion', message: 'no upgrade from backup format 1' }]);
  });

  it('lists the first problems and counts all of them', async () => {
    const patients = Array.from({ length: 80 }, (_, i) => ({ ...testPatient(i), sex: 'x' }));
    const failure = failureOf(
      await validateBackupValue(testBackup({ patients }), { pause: noPause }),
    );
    expect(failure).toMatchObject({ kind: 'invalid', total: 80 });
    if (failure.kind === 'invalid') expect(failure.problems).toHaveLength(50);
  });

  it('reports progress up to every record in the file', async () => {
    const patients = Array.from({ length: 600 }, (_, i) => testPatient(i));
    const seen: [number, number][] = [];
    const result = await validateBackupValue(testBackup({ patients }), {
      pause: noPause,
      onProgress: (checked, total) => seen.push([checked, total]),
    });
    expect(result.ok).toBe(true);
    expect(seen).toEqual([
      [0, 600],
      [250, 600],
      [500, 600],
      [600, 600],
    ]);
  });
});
