import type { BackupStore } from './backup-format';
import { STORE_LABELS, type StoredRecord } from './backup-format';
import { shortText } from './backup-problems';
import { entryKey, type Choices, type ImportPlan, type PlanEntry } from './import-plan';
import {
  asRecord,
  describeRecord,
  hasPlan,
  REFERENCES,
  textField,
  UNIQUE_FIELDS,
} from './record-rules';

/** How many records of each kind; `plans` counts the visits among them that carry a plan. */
export interface RecordCounts {
  readonly patients: number;
  readonly visits: number;
  readonly plans: number;
  readonly settings: number;
}

/** What an import did (or, before writing, will do). */
export interface ImportOutcome {
  readonly added: RecordCounts;
  /** Already on the device with the same content: left as they were. */
  readonly identical: RecordCounts;
  /** Conflicts where the incoming record replaced this device's, by the clinician's choice. */
  readonly replaced: RecordCounts;
  /** Conflicts where this device's record was kept (the default). */
  readonly kept: RecordCounts;
}

export interface ImportWrite {
  readonly store: BackupStore;
  readonly record: StoredRecord;
}

/** Why the chosen import cannot be written as it stands. Nothing is written while any remain. */
export interface ImportProblem {
  readonly message: string;
  readonly store: BackupStore;
  readonly id: string;
  /** Position of the incoming record in its store's list. */
  readonly index: number;
}

export interface ResolvedImport {
  readonly writes: readonly ImportWrite[];
  readonly problems: readonly ImportProblem[];
  readonly outcome: ImportOutcome;
}

const ZERO: RecordCounts = { patients: 0, visits: 0, plans: 0, settings: 0 };

function count(entries: readonly PlanEntry[]): RecordCounts {
  const counts = { ...ZERO };
  for (const entry of entries) {
    counts[entry.store] += 1;
    if (hasPlan(entry.store, entry.incoming)) counts.plans += 1;
  }
  return counts;
}

/** Before any choice: how many records are new, identical, or in conflict. */
export function summarisePlan(plan: ImportPlan): {
  readonly added: RecordCounts;
  readonly identical: RecordCounts;
  readonly conflicting: RecordCounts;
} {
  const by = (status: PlanEntry['status']) => plan.entries.filter((e) => e.status === status);
  return {
    added: count(by('add')),
    identical: count(by('identical')),
    conflicting: count(by('conflict')),
  };
}

/**
 * A replaced record gets a save counter above both versions, so a tab still editing the old one
 * is told of the change at its next save instead of silently writing over the restored record.
 */
function withRevisionAbove(incoming: StoredRecord, existingRow: unknown): StoredRecord {
  const mine = incoming.revision;
  const theirs = asRecord(existingRow)?.revision;
  if (typeof mine !== 'number') return incoming;
  return { ...incoming, revision: Math.max(mine, typeof theirs === 'number' ? theirs : 0) + 1 };
}

/** Unique values (identifiers) must stay unique across the device once the writes land. */
function uniqueClashes(plan: ImportPlan, writes: readonly (ImportWrite & { entry: PlanEntry })[]) {
  const problems: ImportProblem[] = [];
  for (const store of plan.device.keys()) {
    const finalRows = new Map<string, StoredRecord>();
    for (const [id, row] of plan.device.get(store) ?? []) {
      const record = asRecord(row);
      if (record) finalRows.set(id, record);
    }
    for (const write of writes) {
      if (write.store === store) finalRows.set(write.entry.id, write.record);
    }
    for (const field of UNIQUE_FIELDS[store] ?? []) {
      const holders = new Map<string, string[]>();
      for (const [id, record] of finalRows) {
        const value = textField(record, field);
        if (value !== undefined) holders.set(value, [...(holders.get(value) ?? []), id]);
      }
      for (const write of writes) {
        const value = write.store === store ? textField(write.record, field) : undefined;
        if (value === undefined) continue;
        const other = holders.get(value)?.find((id) => id !== write.entry.id);
        if (other === undefined) continue;
        const otherRecord = finalRows.get(other);
        problems.push({
          store,
          id: write.entry.id,
          index: write.entry.index,
          message: `${describeRecord(store, write.record)} (id ${shortText(write.entry.id)}) has the ${field} "${shortText(value)}", which ${otherRecord ? describeRecord(store, otherRecord) : 'another record'} (id ${shortText(other)}) on this device already has. No two ${STORE_LABELS[store].many} can share one: change it on this device, then restore again.`,
        });
      }
    }
  }
  return problems;
}

/** Every written record's references must point at a record that will be there. */
function missingReferences(
  plan: ImportPlan,
  writes: readonly (ImportWrite & { entry: PlanEntry })[],
) {
  const problems: ImportProblem[] = [];
  for (const { store, field, target } of REFERENCES) {
    const present = new Set(plan.device.get(target)?.keys() ?? []);
    for (const entry of plan.entries) if (entry.store === target) present.add(entry.id);
    for (const write of writes) {
      const value = write.store === store ? textField(write.record, field) : undefined;
      if (value === undefined || present.has(value)) continue;
      problems.push({
        store,
        id: write.entry.id,
        index: write.entry.index,
        message: `${describeRecord(store, write.record)} (id ${shortText(write.entry.id)}) belongs to ${STORE_LABELS[target].one} "${shortText(value)}", who is neither being imported nor on this device.`,
      });
    }
  }
  return problems;
}

/**
 * Turns a plan and the clinician's choices into the exact writes, and checks what only the final
 * state can show (an identifier taken by another patient on this device, a visit whose patient
 * will not be there). Pure: the same plan and choices always give the same result.
 */
export function resolveImport(plan: ImportPlan, choices: Choices = new Map()): ResolvedImport {
  const writes: (ImportWrite & { entry: PlanEntry })[] = [];
  const buckets: Record<keyof ImportOutcome, PlanEntry[]> = {
    added: [],
    identical: [],
    replaced: [],
    kept: [],
  };
  for (const entry of plan.entries) {
    if (entry.status === 'add') {
      buckets.added.push(entry);
      writes.push({ store: entry.store, record: entry.incoming, entry });
    } else if (entry.status === 'identical') {
      buckets.identical.push(entry);
    } else if (choices.get(entryKey(entry.store, entry.id)) === 'incoming') {
      buckets.replaced.push(entry);
      const existingRow = plan.device.get(entry.store)?.get(entry.id);
      writes.push({
        store: entry.store,
        record: withRevisionAbove(entry.incoming, existingRow),
        entry,
      });
    } else {
      buckets.kept.push(entry);
    }
  }
  return {
    writes: writes.map(({ store, record }) => ({ store, record })),
    problems: [...uniqueClashes(plan, writes), ...missingReferences(plan, writes)],
    outcome: {
      added: count(buckets.added),
      identical: count(buckets.identical),
      replaced: count(buckets.replaced),
      kept: count(buckets.kept),
    },
  };
}
