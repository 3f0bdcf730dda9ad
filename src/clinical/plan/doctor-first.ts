import type { SourceId } from '../knowledge-base/sources.ts';
import type { Tier, Urgency } from '../knowledge-base/types.ts';

/**
 * While an emergency or urgent red flag stands, a doctor's assessment comes before anything a
 * prescriber, injector or surgeon would do: the plan keeps those tiers (the record shows the
 * whole picture) but says that they wait.
 */

/** Medicines, injections and surgical referral. */
export const TIERS_AFTER_THE_DOCTOR: readonly Tier[] = [3, 4, 5];

/** Said above those tiers, on screen and in the clinical record. */
export const DOCTOR_FIRST_NOTE =
  'An emergency or urgent red flag stands, so the red-flag action comes first. Medicines, injections and surgical referral (tiers 3 to 5) wait until a doctor has assessed it; review them with this plan afterwards.';

/**
 * Where the rule comes from: the team. Each red-flag action cites its own sources; none of them
 * states this rule, so the screen and the record show it as the team's.
 */
export const DOCTOR_FIRST_SOURCES: readonly SourceId[] = ['team-rule'];

interface StandingFlag {
  readonly id: string;
  readonly urgency: Urgency;
}

interface FlagResponse {
  readonly redFlagId: string;
  readonly response: string;
}

/**
 * Whether the doctor's check comes first: an emergency or urgent flag fired and the clinician has
 * not overridden it (referring or discussing it with a doctor does not end the wait: the
 * assessment itself is what the later tiers wait for). A "soon" flag does not hold the plan back.
 */
export function doctorCheckFirst(
  flags: readonly StandingFlag[],
  responses: readonly FlagResponse[],
): boolean {
  const answered = new Map(responses.map((r) => [r.redFlagId, r.response]));
  return flags.some((f) => f.urgency !== 'soon' && answered.get(f.id) !== 'overridden');
}
