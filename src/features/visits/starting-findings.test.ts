import { describe, expect, it } from 'vitest';
import { startingFindings } from './starting-findings';

describe('a new visit starts from the patient record', () => {
  it('records the age on the visit date and the sex', () => {
    expect(startingFindings({ dateOfBirth: '2012-12-09', sex: 'male' }, '2026-12-08')).toEqual({
      age: '13',
      sex: 'male',
    });
    expect(startingFindings({ dateOfBirth: '2012-12-08', sex: 'female' }, '2026-12-08')).toEqual({
      age: '14',
      sex: 'female',
    });
  });

  it('leaves the sex unrecorded when the record says other or unknown, and the age when the date is unusable', () => {
    expect(startingFindings({ dateOfBirth: '1980-04-12', sex: 'other' }, '2026-12-08')).toEqual({
      age: '46',
    });
    expect(startingFindings({ dateOfBirth: '1980-04-12', sex: 'unknown' }, '2026-12-08')).toEqual({
      age: '46',
    });
    expect(startingFindings({ dateOfBirth: 'not a date', sex: 'unknown' }, '2026-12-08')).toEqual(
      {},
    );
  });
});
