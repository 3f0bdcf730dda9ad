import { assess } from '../../clinical/index.ts';
import type { Assessment, CareSetting } from '../../clinical/index.ts';
import { toFindings, type FindingsReading } from './findings-form';
import type { Visit } from './visit.schema';

/** A visit's findings read for the engine, and the assessment made from them. */
export interface VisitAssessment extends FindingsReading {
  readonly assessment: Assessment;
}

/** Enough for the screens open at once (a visit, its plan, a comparison, the patient's visits). */
const REMEMBERED = 32;
const remembered = new Map<string, VisitAssessment>();

/**
 * The one place a visit's assessment is derived: every screen (workspace, plan, comparison,
 * print, the patient's visits, signing) and the FHIR export read it from here. The same stored
 * findings and care setting give the same object, even when a save hands back an equal copy, so
 * work memoised on it (the drafted plan, memoised components) is not redone. Invalid entries never
 * reach the engine: they are listed instead.
 *
 * The last REMEMBERED results are kept, most recently used last; the key is the findings' JSON,
 * which costs far less than the assessment it saves.
 */
export function assessVisit(
  visit: Pick<Visit, 'findings'> & { readonly careSetting: CareSetting },
): VisitAssessment {
  const key = `${visit.careSetting}\u0000${JSON.stringify(visit.findings)}`;
  const known = remembered.get(key);
  if (known !== undefined) {
    remembered.delete(key);
    remembered.set(key, known);
    return known;
  }
  const { findings, invalidFields } = toFindings(visit.findings);
  const result: VisitAssessment = {
    findings,
    invalidFields,
    assessment: assess(findings, { setting: visit.careSetting }),
  };
  remembered.set(key, result);
  if (remembered.size > REMEMBERED) {
    const oldest = remembered.keys().next();
    if (oldest.done !== true) remembered.delete(oldest.value);
  }
  return result;
}
