import { describe, expect, it } from 'vitest';
import { assess } from '../../clinical/index.ts';
import { assessVisit } from './assess-visit';

const stored = {
  age: '29',
  'pain-groin': true,
  'symptomatic-side': 'right',
  'resisted-hip-flexion': { right: 'positive' },
  'hip-ir-rom': { right: '400' },
} as const;

describe('assessVisit', () => {
  it('gives the assessment of the valid entries and lists the invalid ones', () => {
    const { findings, invalidFields, assessment } = assessVisit({
      findings: stored,
      careSetting: 'sports',
    });
    expect(invalidFields).toEqual(['hip-ir-rom.right']);
    expect(findings).not.toHaveProperty('hip-ir-rom');
    expect(assessment).toEqual(assess(findings, { setting: 'sports' }));
  });

  it('gives back the same object for an equal copy of the findings, and a new one when they or the setting change', () => {
    const first = assessVisit({ findings: stored, careSetting: 'sports' });
    expect(assessVisit({ findings: structuredClone(stored), careSetting: 'sports' })).toBe(first);
    expect(assessVisit({ findings: stored, careSetting: 'general' })).not.toBe(first);
    const changed = assessVisit({ findings: { ...stored, age: '30' }, careSetting: 'sports' });
    expect(changed).not.toBe(first);
    expect(changed.findings.age).toBe(30);
  });

  it('forgets the oldest results rather than growing without bound', () => {
    const first = assessVisit({ findings: { age: '1' }, careSetting: 'general' });
    for (let age = 2; age <= 40; age++)
      assessVisit({ findings: { age: String(age) }, careSetting: 'general' });
    expect(assessVisit({ findings: { age: '1' }, careSetting: 'general' })).not.toBe(first);
  });
});
