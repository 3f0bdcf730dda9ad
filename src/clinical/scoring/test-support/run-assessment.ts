import type { ConditionId } from '../../knowledge-base/conditions.ts';
import type { CareSetting, Findings } from '../../knowledge-base/types.ts';
import { assess } from '../assess.ts';

/** Assesses findings and gives the fired flags by id and a condition of the differential by id. */
export function runAssessment(findings: Findings, setting: CareSetting = 'general') {
  const assessment = assess(findings, { setting });
  const flags = new Map(assessment.redFlags.map((f) => [f.id, f]));
  const condition = (id: ConditionId) => {
    const found = assessment.differential.find((c) => c.id === id);
    if (found === undefined) throw new Error(`${id} is not in the differential`);
    return found;
  };
  return { assessment, flags, condition };
}
