import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RECORD_TYPES } from './record-types';
import {
  migrateRecord,
  parseStoredRecord,
  parseStoredRecords,
  StoredRecordError,
  type RecordType,
} from './records';

const thingV3 = z.strictObject({
  schemaVersion: z.literal(3),
  id: z.string(),
  fullName: z.string(),
  tags: z.array(z.string()),
});

/** A made-up record type with two migrations, to test the mechanism the real types will use. */
const thing: RecordType<z.infer<typeof thingV3>> = {
  label: 'thing',
  store: 'patients',
  version: 3,
  migrations: {
    1: ({ first, last, ...rest }) => ({ ...rest, fullName: `${String(first)} ${String(last)}` }),
    2: (record) => ({ ...record, tags: [] }),
  },
  schema: thingV3,
};

describe('migrateRecord', () => {
  it('runs every migration from the stored version in order and stamps each new version', () => {
    const result = migrateRecord(thing, { schemaVersion: 1, id: 'a', first: 'Ada', last: 'Eze' });
    expect(result).toEqual({
      ok: true,
      changed: true,
      record: { schemaVersion: 3, id: 'a', fullName: 'Ada Eze', tags: [] },
    });
  });

  it('starts from the stored version, skipping migrations already applied', () => {
    const result = migrateRecord(thing, { schemaVersion: 2, id: 'a', fullName: 'Ada Eze' });
    expect(result).toMatchObject({ ok: true, record: { schemaVersion: 3, tags: [] } });
  });

  it('leaves a current record as it is', () => {
    const row = { schemaVersion: 3, id: 'a', fullName: 'Ada', tags: [] };
    expect(migrateRecord(thing, row)).toEqual({ ok: true, changed: false, record: row });
  });

  it('never mutates the stored row, even when a migration mutates its input', () => {
    const sloppy: RecordType<unknown> = {
      ...thing,
      migrations: {
        ...thing.migrations,
        2: (record) => Object.assign(record, { tags: ['mutated'] }),
      },
    };
    const row = { schemaVersion: 2, id: 'a', fullName: 'Ada' };
    migrateRecord(sloppy, row);
    expect(row).toEqual({ schemaVersion: 2, id: 'a', fullName: 'Ada' });
  });

  it.each([
    ['a non-object', 'not a row', 'it is not an object'],
    ['a row without schemaVersion', { id: 'a' }, 'it has no valid schemaVersion'],
    ['a row from a newer app', { schemaVersion: 4, id: 'a' }, 'newer version of the app'],
  ])('refuses %s', (_name, row, reason) => {
    const result = migrateRecord(thing, row);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });

  it('reports a missing step instead of skipping it', () => {
    const gap: RecordType<unknown> = { ...thing, migrations: { 2: (r) => r } };
    expect(migrateRecord(gap, { schemaVersion: 1, id: 'a' })).toEqual({
      ok: false,
      reason: 'no migration from schema 1',
    });
  });

  it('reports a migration that throws', () => {
    const broken: RecordType<unknown> = {
      ...thing,
      migrations: {
        ...thing.migrations,
        2: () => {
          throw new Error('boom');
        },
      },
    };
    expect(migrateRecord(broken, { schemaVersion: 2, id: 'a' })).toEqual({
      ok: false,
      reason: 'migration from schema 2 failed: boom',
    });
  });
});

describe('reading stored rows', () => {
  it('throws a StoredRecordError naming the row and the field when a row fails its schema', () => {
    const read = () =>
      parseStoredRecord(thing, { schemaVersion: 3, id: 'x1', fullName: 42, tags: [] });
    expect(read).toThrow(StoredRecordError);
    expect(read).toThrow(/"x1".*fullName/);
  });

  it('returns the good rows and reports the bad ones', () => {
    const { records, unreadable } = parseStoredRecords(thing, [
      { schemaVersion: 3, id: 'good', fullName: 'Ada', tags: [] },
      { schemaVersion: 3, id: 'bad', fullName: 'Bo', tags: [], extra: true },
    ]);
    expect(records.map((r) => r.id)).toEqual(['good']);
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]).toMatchObject({ store: 'patients', key: 'bad' });
    expect(unreadable[0]?.reason).toContain('extra');
  });
});

describe('every stored record type', () => {
  it.each(RECORD_TYPES.map((type) => [type.label, type] as const))(
    '%s has a migration for each older version',
    (_label, type) => {
      for (let version = 1; version < type.version; version += 1) {
        expect(
          type.migrations[version],
          `${type.label} v${String(version)} → v${String(version + 1)}`,
        ).toBeTypeOf('function');
      }
    },
  );
});
