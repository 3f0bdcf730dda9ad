import { STORE_LABELS, type StoredRecord } from '../../../data/backup/backup-format';
import type { BackupFailure, BackupProblem } from '../../../data/backup/backup-problems';
import type { PlanEntry } from '../../../data/backup/import-plan';
import type { RecordCounts } from '../../../data/backup/import-resolve';
import { textField } from '../../../data/backup/record-rules';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { formatCount, pluralise } from '../../../lib/numbers';

/** "2 patients, 5 visits (3 with a plan) and the settings"; "no records" when all are zero. */
export function describeCounts(counts: RecordCounts): string {
  const parts: string[] = [];
  if (counts.patients > 0) parts.push(pluralise(counts.patients, 'patient'));
  if (counts.visits > 0) {
    const plans = counts.plans > 0 ? ` (${formatCount(counts.plans)} with a plan)` : '';
    parts.push(`${pluralise(counts.visits, 'visit')}${plans}`);
  }
  if (counts.settings > 0) parts.push('the settings');
  if (parts.length === 0) return 'no records';
  const last = parts.pop() ?? '';
  return parts.length === 0 ? last : `${parts.join(', ')} and ${last}`;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
}

/** "Visit 4 in the file (id 9f2c…), field findings.pain: …": which record, which field, what. */
export function describeProblem(problem: BackupProblem): string {
  if (!problem.record) return problem.message;
  const { store, index, id, field } = problem.record;
  const kind = STORE_LABELS[store].one;
  const what = `${kind.charAt(0).toUpperCase()}${kind.slice(1)} ${formatCount(index + 1)} in the file (id ${id})`;
  return `${what}, ${field === '' ? 'the whole record' : `field ${field}`}: ${problem.message}`;
}

/** The headline and the explanation of why a file was refused. */
export function describeFailure(failure: BackupFailure): { title: string; detail: string } {
  switch (failure.kind) {
    case 'too-large':
      return {
        title: 'The file is too large to be a backup from this app.',
        detail: `It is ${megabytes(failure.bytes)}; the largest backup this app reads is ${megabytes(failure.limit)}. It was not read.`,
      };
    case 'empty':
      return { title: 'The file is empty.', detail: 'Choose the backup file you exported.' };
    case 'syntax':
      return {
        title: 'The file is damaged: it is not valid JSON.',
        detail: `At line ${formatCount(failure.line)}, column ${formatCount(failure.column)}: ${failure.message}. It may have been cut short while copying, or edited by hand. Try the original file.`,
      };
    case 'invalid':
      return {
        title: 'The file is not a backup this app can restore.',
        detail:
          failure.total > failure.problems.length
            ? `${pluralise(failure.total, 'problem')} found; the first ${formatCount(failure.problems.length)} are listed.`
            : `${pluralise(failure.total, 'problem')} found:`,
      };
  }
}

const FIELD_LABELS: Readonly<Record<string, string>> = {
  givenName: 'given name',
  familyName: 'family name',
  dateOfBirth: 'date of birth',
  sex: 'sex',
  identifier: 'identifier',
  notes: 'notes',
  createdAt: 'created',
  updatedAt: 'last changed',
  date: 'visit date',
  clinician: 'clinician',
  careSetting: 'care setting',
  status: 'status (draft or signed)',
  findings: 'examination',
  redFlagActions: 'red-flag actions',
  signature: 'signature',
  addenda: 'addenda',
  plan: 'plan',
  clinicianName: 'clinician name',
  units: 'units',
  defaultCareSetting: 'default care setting',
  fhirBaseUrl: 'FHIR server',
};

/** "notes, last changed": the differing fields in words, each once. */
export function describeDifferences(paths: readonly string[]): string {
  const labels = paths.map((path) => {
    const top = /^[^.[]+/.exec(path)?.[0] ?? path;
    return FIELD_LABELS[top] ?? top;
  });
  return [...new Set(labels)].join(', ');
}

/** "Okafor, Adaeze" by patient id, from the backup and the device, for naming visits. */
export function patientName(record: StoredRecord): string {
  return `${textField(record, 'familyName') ?? '?'}, ${textField(record, 'givenName') ?? '?'}`;
}

/** "Patient Okafor, Adaeze", "Visit of 1 Feb 2026 for Okafor, Adaeze", "Settings". */
export function conflictTitle(entry: PlanEntry, names: ReadonlyMap<string, string>): string {
  switch (entry.store) {
    case 'patients':
      return `Patient ${patientName(entry.incoming)}`;
    case 'visits': {
      const date = textField(entry.incoming, 'date');
      const patientId = textField(entry.incoming, 'patientId') ?? '';
      return `Visit of ${date ? formatDate(date) : '(no date)'} for ${names.get(patientId) ?? 'an unknown patient'}`;
    }
    case 'settings':
      return 'Settings';
  }
}

/**
 * "last changed 1 Mar 2026, 10:00 (the newer)": when the record says, and which of the two
 * versions changed last, since two edits in the same minute would otherwise read the same.
 */
export function lastChanged(
  record: StoredRecord | undefined,
  other: StoredRecord | undefined,
): string {
  const updatedAt = record ? textField(record, 'updatedAt') : undefined;
  if (!updatedAt) return 'no date of change';
  const otherAt = other ? textField(other, 'updatedAt') : undefined;
  const newer = otherAt !== undefined && Date.parse(updatedAt) > Date.parse(otherAt);
  return `last changed ${formatDateTime(updatedAt)}${newer ? ', the newer' : ''}`;
}

/** "Adds 3 records and replaces 1 with the backup’s, in one step. Nothing is deleted." */
export function describeEffect(adding: number, replacing: number): string {
  const parts = [
    ...(adding > 0 ? [`adds ${pluralise(adding, 'record')}`] : []),
    ...(replacing > 0 ? [`replaces ${pluralise(replacing, 'record')} with the backup’s`] : []),
  ];
  if (parts.length === 0)
    return 'Nothing would change: every record is already here or kept as it is.';
  const sentence = parts.join(' and ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}, in one step. Nothing is deleted.`;
}
