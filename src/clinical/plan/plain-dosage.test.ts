import { describe, expect, it } from 'vitest';
import { TREATMENT_LIST } from '../knowledge-base/treatment-list.ts';
import type { Treatment } from '../knowledge-base/treatment-list.ts';
import { patientDosage, plainDosage, withoutProvenanceNotes } from './plain-dosage.ts';
import { provenanceIn } from './test-support/provenance-marks.ts';

const byId = (id: string): Treatment => {
  const t = TREATMENT_LIST.find((x) => x.id === id);
  if (t === undefined) throw new Error(`no treatment ${id}`);
  return t;
};

describe('plain dosage for the patient', () => {
  it('removes bracketed provenance notes and keeps other brackets', () => {
    expect(
      withoutProvenanceNotes('Set up the chair; move every 30–60 minutes (team suggestion).'),
    ).toBe('Set up the chair; move every 30–60 minutes.');
    expect(
      withoutProvenanceNotes(
        '10 min on, 10 min off, 10 min on (Bleakley 2006), or 15–20 min at a time (seeds 001, 003).',
      ),
    ).toBe('10 min on, 10 min off, 10 min on, or 15–20 min at a time.');
    expect(withoutProvenanceNotes('Only for a confirmed difference (over 5 mm).')).toBe(
      'Only for a confirmed difference (over 5 mm).',
    );
  });

  it('removes clauses and sentences that only say where a figure comes from', () => {
    expect(
      withoutProvenanceNotes(
        '8–12 weeks of active training (Hölmich 1999); exercise content not detailed in the pack.',
      ),
    ).toBe('8–12 weeks of active training.');
    expect(
      withoutProvenanceNotes(
        'Hold 30 s, 3 times. Gentle and pain-free. Dose extrapolated from other trials.',
      ),
    ).toBe('Hold 30 s, 3 times. Gentle and pain-free.');
  });

  it('has no provenance in any treatment’s plain dosage, while the dosage keeps it', () => {
    const withDosage = TREATMENT_LIST.filter((t) => t.dosage !== undefined);
    expect(withDosage.length).toBeGreaterThan(20);
    for (const t of withDosage) {
      const plain = plainDosage(t) ?? '';
      expect(plain.length, t.id).toBeGreaterThan(10);
      expect(provenanceIn(plain), `${t.id}: ${plain}`).toEqual([]);
    }
    // The clinician's dosage is untouched: the record still says where the figures come from.
    expect(byId('exercise-therapy').dosage).toContain('team suggestion');
    expect(provenanceIn(byId('superficial-heat').dosage ?? '')).toContain('seed');
  });

  it('gives the knowledge base’s plain words until the clinician sets an amount', () => {
    const stretch = byId('kneeling-hip-flexor-stretch');
    expect(patientDosage(stretch, stretch.dosage ?? '')).toEqual({
      text: 'Hold for 30 seconds, 3 times on each side. Do this every day, or at least 3 days a week. Tuck your bottom under before you lean forward.',
      setForPatient: false,
    });
    expect(patientDosage(stretch, ' Hold 45 s, twice a day ')).toEqual({
      text: 'Hold 45 s, twice a day',
      setForPatient: true,
    });
    const posture = byId('posture-ergonomics');
    expect(patientDosage(posture, posture.dosage ?? '').text).toBe(
      'Set up the chair and desk; change position at least every 30–60 minutes.',
    );
    expect(patientDosage(undefined, 'As saved')).toEqual({ text: 'As saved', setForPatient: true });
  });
});
