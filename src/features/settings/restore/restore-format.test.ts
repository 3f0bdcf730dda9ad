import { describe, expect, it } from 'vitest';
import {
  describeCounts,
  describeDifferences,
  describeEffect,
  describeFailure,
  describeProblem,
} from './restore-format';

const none = { patients: 0, visits: 0, plans: 0, settings: 0 };

describe('restore wording', () => {
  it('counts records in words', () => {
    expect(describeCounts(none)).toBe('no records');
    expect(describeCounts({ ...none, patients: 1 })).toBe('1 patient');
    expect(describeCounts({ patients: 2, visits: 5, plans: 3, settings: 1 })).toBe(
      '2 patients, 5 visits (3 with a plan) and the settings',
    );
    expect(describeCounts({ ...none, patients: 1200, visits: 1 })).toBe(
      '1,200 patients and 1 visit',
    );
  });

  it('says what the restore will do, or that it will change nothing', () => {
    expect(describeEffect(3, 1)).toBe(
      'Adds 3 records and replaces 1 record with the backup’s, in one step. Nothing is deleted.',
    );
    expect(describeEffect(0, 2)).toBe(
      'Replaces 2 records with the backup’s, in one step. Nothing is deleted.',
    );
    expect(describeEffect(0, 0)).toMatch(/^Nothing would change/);
  });

  it('names a problem by kind, position from 1, id and field', () => {
    expect(
      describeProblem({
        location: 'records.visits[3].findings.pain-now',
        message: 'Invalid input',
        record: { store: 'visits', index: 3, id: 'v-9', field: 'findings.pain-now' },
      }),
    ).toBe('Visit 4 in the file (id v-9), field findings.pain-now: Invalid input');
    expect(describeProblem({ location: 'format', message: 'not a backup' })).toBe('not a backup');
  });

  it('explains each kind of refused file', () => {
    expect(
      describeFailure({ kind: 'too-large', bytes: 300 * 1024 * 1024, limit: 200 * 1024 * 1024 })
        .detail,
    ).toBe('It is 300 MB; the largest backup this app reads is 200 MB. It was not read.');
    expect(
      describeFailure({ kind: 'syntax', line: 12, column: 5, offset: 300, message: 'expected ","' })
        .detail,
    ).toMatch(/^At line 12, column 5: expected ","\. It may have been cut short/);
  });

  it('lists differing fields in words, each once', () => {
    expect(describeDifferences(['findings.pain-now', 'findings.hip-ir.left', 'updatedAt'])).toBe(
      'examination, last changed',
    );
  });
});
