import { describe, expect, it } from 'vitest';
import { provenanceIn } from './provenance-marks.ts';

describe('the source-note detector the patient-facing tests use', () => {
  it('finds source ids and notes, but not the word "team" or a date', () => {
    expect(provenanceIn('Walk daily (team suggestion).')).toEqual(['team suggestion']);
    expect(provenanceIn('As in holmich1999.')).toEqual(['holmich1999']);
    expect(provenanceIn('Hölmich 1999 found it helps.')).toEqual(['1999']);
    expect(provenanceIn('Used since 2019 (NICE NG59).')).toEqual(['NICE', '2019']);
    expect(provenanceIn('Smith et al. say so.')).toEqual(['et al']);
    expect(provenanceIn('Extrapolated from the evidence pack.')).toEqual([
      'evidence pack',
      'Extrapolat',
    ]);
    expect(provenanceIn('Your surgical team will see you on 17 March 2026.')).toEqual([]);
  });
});
