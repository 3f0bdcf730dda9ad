import { KB_VERSION } from '../../clinical/index.ts';
import type { Assessment } from '../../clinical/index.ts';
import { assessVisit, type VisitAssessment } from './assess-visit';
import { SigningBlockedError } from './visit-errors';
import type { Visit } from './visit.schema';

export interface SigningCheck {
  readonly ready: boolean;
  /** Each thing that blocks signing, in words the clinician can act on. */
  readonly blockers: readonly string[];
  /** Red flags present with no recorded action. */
  readonly unansweredRedFlags: readonly string[];
  readonly invalidFields: readonly string[];
  readonly assessment: Assessment;
}

/**
 * Whether a visit can be signed: every entry valid, and every red flag present answered with what
 * was done (referred with urgency, discussed with the patient's doctor, or overridden with a
 * written reason). Pure, so the workspace shows the same blockers the repository enforces.
 */
export function checkSigning(
  visit: Pick<Visit, 'findings' | 'careSetting' | 'redFlagActions' | 'status'>,
  assessed: VisitAssessment = assessVisit(visit),
): SigningCheck {
  const { invalidFields, assessment } = assessed;
  const answered = new Set(visit.redFlagActions.map((a) => a.redFlagId));
  const unanswered = assessment.redFlags.filter((flag) => !answered.has(flag.id));
  const blockers = [
    ...(visit.status === 'signed' ? ['The visit is already signed; add an addendum instead.'] : []),
    ...(invalidFields.length > 0
      ? [
          `Correct ${invalidFields.length === 1 ? 'the invalid entry' : `${invalidFields.length} invalid entries`} in the exam.`,
        ]
      : []),
    ...unanswered.map((flag) => `Record what was done about the red flag: ${flag.name}.`),
  ];
  return {
    ready: blockers.length === 0,
    blockers,
    unansweredRedFlags: unanswered.map((f) => f.id),
    invalidFields,
    assessment,
  };
}

/**
 * The visit as signed by `signedBy` at `at`: refused (SigningBlockedError) while any entry is
 * invalid or any red flag is unanswered. The signature keeps the knowledge-base version and what
 * the assessment said.
 */
export function signedVisit(visit: Visit, signedBy: string, at: Date): Visit {
  const check = checkSigning(visit);
  if (!check.ready) throw new SigningBlockedError(check.blockers);
  return {
    ...visit,
    status: 'signed',
    signature: {
      signedAt: at.toISOString(),
      signedBy,
      kbVersion: KB_VERSION,
      // With too few findings there is no ranking to sign, only priors.
      leading: check.assessment.sufficiency.enough
        ? check.assessment.differential
            .slice(0, 3)
            .map((c) => ({ id: c.id, name: c.name, probability: c.probability }))
        : [],
      redFlags: check.assessment.redFlags.map((f) => ({
        id: f.id,
        name: f.name,
        urgency: f.urgency,
      })),
    },
  };
}
