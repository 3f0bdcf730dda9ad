import type {
  CodeableConcept,
  Condition,
  Encounter,
  Patient,
  Reference,
  ServiceRequest,
} from '@medplum/fhirtypes';
import {
  approxPercent,
  MAX_LEADING,
  type Assessment,
  type TestRecommendation,
} from '../../clinical/index.ts';
import type { Visit } from '../visits/visit.schema';
import { APP_SYSTEM, EXT, HL7, VERIFIED_CONDITION_SNOMED } from './fhir-codes';
import { decimalExtension, displayText, isFhirCode, isFhirDate } from './fhir-primitives';

/**
 * Conditions and ServiceRequests are derived, not stored: they say what the assessment suggests,
 * for a reader of the Bundle, and import ignores them (the findings and signature they come from
 * are imported instead).
 */
export interface AssessmentContext {
  readonly subject: Reference<Patient>;
  readonly encounter: Reference<Encounter>;
  readonly date: string;
}

function conditionCode(id: string, name: string): CodeableConcept {
  const display = displayText(name) ?? displayText(id) ?? 'Condition';
  // A Map, not an object: a signed id such as "__proto__" must not find Object.prototype.
  const snomed = VERIFIED_CONDITION_SNOMED.get(id);
  return {
    coding: [
      ...(snomed === undefined ? [] : [snomed]),
      ...(isFhirCode(id) ? [{ system: APP_SYSTEM.condition, code: id, display }] : []),
    ],
    text: display,
  };
}

interface Working {
  readonly id: string;
  readonly name: string;
  readonly probability: number;
}

/**
 * The working diagnoses. A signed visit: the leading conditions as signed, the first
 * "provisional" and the rest "differential". A draft: the top of the live differential (as
 * signing would take it), all "differential"; none while findings are too few to rank.
 */
export function toConditions(
  visit: Visit,
  assessment: Assessment,
  context: AssessmentContext,
): Condition[] {
  const signed = visit.signature?.leading;
  const working: readonly Working[] =
    signed ?? (assessment.sufficiency.enough ? assessment.differential.slice(0, MAX_LEADING) : []);
  return working.map((condition, index) => {
    const status = signed !== undefined && index === 0 ? 'provisional' : 'differential';
    return {
      resourceType: 'Condition',
      extension: [decimalExtension(EXT.probability, condition.probability)],
      verificationStatus: {
        coding: [
          {
            system: HL7.conditionVerification,
            code: status,
            display: status === 'provisional' ? 'Provisional' : 'Differential',
          },
        ],
      },
      category: [
        {
          coding: [
            {
              system: HL7.conditionCategory,
              code: 'encounter-diagnosis',
              display: 'Encounter Diagnosis',
            },
          ],
        },
      ],
      code: conditionCode(condition.id, condition.name),
      subject: context.subject,
      encounter: context.encounter,
      note: [
        {
          text: `Decision support, not a confirmed diagnosis: estimated probability ${approxPercent(condition.probability)} from the recorded findings${signed === undefined ? '' : ', as signed'}.`,
        },
      ],
    };
  });
}

function reasonText(test: TestRecommendation): CodeableConcept[] {
  return test.reasons.slice(0, 3).map((reason) => ({
    text: `${reason.conditionName}: ${approxPercent(reason.current)} now, ${approxPercent(reason.ifPositive)} if positive, ${approxPercent(reason.ifNegative)} if negative`,
  }));
}

/**
 * The tests the assessment recommends, as proposals for the clinician (never orders): the list the
 * workspace shows. With too few findings to rank, only the tests bearing on a red-flagged
 * condition; the rest would merely list every test that exists.
 */
export function toServiceRequests(
  assessment: Assessment,
  context: AssessmentContext,
): ServiceRequest[] {
  const tests = assessment.sufficiency.enough
    ? assessment.tests.recommended
    : assessment.tests.recommended.filter((test) => test.redFlagConditions.length > 0);
  return tests.map((test) => ({
    resourceType: 'ServiceRequest',
    status: 'draft',
    intent: 'proposal',
    code: {
      coding: [{ system: APP_SYSTEM.diagnosticTest, code: test.id, display: test.name }],
      text: test.name,
    },
    subject: context.subject,
    encounter: context.encounter,
    ...(isFhirDate(context.date) ? { authoredOn: context.date } : {}),
    ...(test.reasons.length > 0 ? { reasonCode: reasonText(test) } : {}),
    note: [{ text: `Consider: ${test.purpose} Ordered or done by: ${test.orderedBy}.` }],
  }));
}
