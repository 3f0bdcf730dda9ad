import type { BackupStore } from './backup-format';
import type { StoredRecord } from './backup-format';

/**
 * The rules between records that no single record's schema can check. They mirror db.ts: the
 * `by-identifier` index is unique, and a visit belongs to a patient (`by-patient`). A restore
 * checks them over the whole file first, and again against the device before it writes.
 */
export const UNIQUE_FIELDS: Readonly<Partial<Record<BackupStore, readonly string[]>>> = {
  patients: ['identifier'],
};

export interface Reference {
  readonly store: BackupStore;
  readonly field: string;
  readonly target: BackupStore;
}

export const REFERENCES: readonly Reference[] = [
  { store: 'visits', field: 'patientId', target: 'patients' },
];

/** Fields that are bookkeeping, not content: two records differing only here are identical. */
export const BOOKKEEPING_FIELDS: Readonly<Partial<Record<BackupStore, readonly string[]>>> = {
  // The save counter that stops two tabs overwriting each other; a restore bumps it on purpose.
  visits: ['revision'],
};

/** The value as a plain object, or undefined (stored rows are untrusted). */
export function asRecord(value: unknown): StoredRecord | undefined {
  return isRecord(value) ? value : undefined;
}

function isRecord(value: unknown): value is StoredRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A record's id (every store is keyed by `id`). */
export function idOf(record: StoredRecord): string {
  const id = record.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : '';
}

/** A string field's value, or undefined. */
export function textField(record: StoredRecord, field: string): string | undefined {
  const value = record[field];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Plans are stored inside visits (from visit schema 3), so "plans" are the visits that carry
 * one. Read generically, so this counts correctly whichever visit schema this build has.
 */
export function hasPlan(store: BackupStore, record: StoredRecord): boolean {
  return store === 'visits' && record.plan !== undefined && record.plan !== null;
}

/** "patient Okafor, Adaeze", "visit of 2026-03-01": enough to find a record in messages. */
export function describeRecord(store: BackupStore, record: StoredRecord): string {
  switch (store) {
    case 'patients': {
      const family = textField(record, 'familyName') ?? '';
      const given = textField(record, 'givenName') ?? '';
      return `patient ${family}, ${given}`;
    }
    case 'visits':
      return `visit of ${textField(record, 'date') ?? '(no date)'}`;
    case 'settings':
      return 'the settings';
  }
}
