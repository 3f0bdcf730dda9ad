import { describe, expect, it } from 'vitest';
import { doctorCheckFirst } from './doctor-first.ts';

const emergency = { id: 'cauda-equina', urgency: 'emergency' } as const;
const urgent = { id: 'infection', urgency: 'urgent' } as const;
const soon = { id: 'night-pain', urgency: 'soon' } as const;
const answer = (redFlagId: string, response: string) => ({ redFlagId, response });

describe('doctorCheckFirst', () => {
  it('holds the later tiers while an emergency or urgent flag stands', () => {
    expect(doctorCheckFirst([emergency], [])).toBe(true);
    expect(doctorCheckFirst([urgent], [])).toBe(true);
  });

  it('keeps holding them after a referral or a talk with a doctor: the assessment is what they wait for', () => {
    expect(doctorCheckFirst([emergency], [answer('cauda-equina', 'referred')])).toBe(true);
    expect(doctorCheckFirst([urgent], [answer('infection', 'discussed-with-doctor')])).toBe(true);
  });

  it('lets them go when the clinician overrides the flag, or when the flag is only "soon"', () => {
    expect(doctorCheckFirst([emergency], [answer('cauda-equina', 'overridden')])).toBe(false);
    expect(doctorCheckFirst([soon], [])).toBe(false);
    expect(doctorCheckFirst([], [])).toBe(false);
  });

  it('holds them if any one standing flag is not overridden', () => {
    expect(doctorCheckFirst([emergency, urgent], [answer('cauda-equina', 'overridden')])).toBe(
      true,
    );
    // An override of another flag does not count for this one.
    expect(doctorCheckFirst([urgent], [answer('cauda-equina', 'overridden')])).toBe(true);
  });
});
