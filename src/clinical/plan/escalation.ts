import type { SourceId } from '../knowledge-base/sources.ts';
import type { Tier } from '../knowledge-base/types.ts';

/** When to step up from one tier to the next, and on what evidence. */
export interface Escalation {
  readonly fromTier: Tier;
  readonly toTier: Tier;
  readonly criterion: string;
  readonly sources: readonly SourceId[];
}

/** The plain titles of tiers 1 (self-management) to 5 (surgical referral). */
export const TIER_TITLES: Readonly<Record<Tier, string>> = {
  1: 'Education and self-management',
  2: 'Physiotherapy-led care',
  3: 'Medicines (discuss with the prescriber)',
  4: 'Injections and interventional procedures (refer)',
  5: 'Surgical referral',
};

/**
 * When to step up. Time frames follow the treatment evidence (exercise programmes over 8–12
 * weeks; surgery only after non-surgical care has been tried); the exact wording is the team's.
 */
export const ESCALATION: readonly Escalation[] = [
  {
    fromTier: 1,
    toTier: 2,
    criterion: 'If pain and function have not improved after 2 weeks of self-management, continue with a supervised exercise programme.',
    sources: ['nice2016lbp', 'team'],
  },
  {
    fromTier: 2,
    toTier: 3,
    criterion: 'If pain still limits exercise, sleep or work at the review, discuss medicines with the prescriber (lowest effective dose, shortest time).',
    sources: ['nice2016lbp', 'qaseem2017'],
  },
  {
    fromTier: 3,
    toTier: 4,
    criterion: 'If pain has not fallen by at least 2 points and the goals are not met after 6–12 weeks of exercise therapy, consider referral for an image-guided injection where the diagnosis supports it.',
    sources: ['holmich1999', 'agten2015', 'team'],
  },
  {
    fromTier: 4,
    toTier: 5,
    criterion: 'If symptoms still substantially affect quality of life after 3–6 months of non-surgical care including exercise, refer for a surgical opinion.',
    sources: ['nice2022oa-secondary', 'peul2007', 'team'],
  },
];
