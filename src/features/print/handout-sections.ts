import { doctorCheckFirst, RED_FLAGS, TIERS_AFTER_THE_DOCTOR } from '../../clinical/index.ts';
import type { FiredRedFlag, Tier, Urgency } from '../../clinical/index.ts';
import type { HandoutBlock, HandoutEntry, HandoutInput, HandoutSection } from './handout-types';
import { plainGoal } from './plain-goals';
import {
  PLAIN_CONDITIONS,
  PLAIN_RED_FLAGS,
  PLAIN_WHEN,
  plainAction,
  plainUrgencyHeading,
} from './plain-words';
import type { PrintPlan, PrintPlanItem } from './print-plan';

// The handout's sections, each from the assessment or the plan, in plain words.

const URGENCY_RANK: Readonly<Record<Urgency, number>> = { emergency: 0, urgent: 1, soon: 2 };
const KNOWN_FLAGS: ReadonlySet<string> = new Set(RED_FLAGS.map((f) => f.id));

function isKnownFlag(
  flag: FiredRedFlag,
): flag is FiredRedFlag & { id: keyof typeof PLAIN_RED_FLAGS } {
  return KNOWN_FLAGS.has(flag.id);
}

export function urgentSection(input: HandoutInput): HandoutSection | undefined {
  const flags = input.assessment.redFlags;
  const first = flags[0];
  if (first === undefined) return undefined;
  const actions = new Map(input.visit.redFlagActions.map((a) => [a.redFlagId, a]));
  const allOverridden = flags.every((f) => actions.get(f.id)?.response === 'overridden');
  const mostUrgent = flags.reduce(
    (a, b) => (URGENCY_RANK[b.urgency] < URGENCY_RANK[a.urgency] ? b : a),
    first,
  );
  return {
    id: 'urgent',
    title: allOverridden ? 'Something to watch' : plainUrgencyHeading(mostUrgent.urgency),
    blocks: flags.map((flag) => {
      const action = actions.get(flag.id);
      return {
        paragraphs: [
          isKnownFlag(flag) ? PLAIN_RED_FLAGS[flag.id] : flag.message,
          action === undefined
            ? `Please see a doctor ${PLAIN_WHEN[flag.urgency]} about this.`
            : plainAction(action, flag.urgency),
        ],
      };
    }),
  };
}

/** An emergency or urgent red flag stands (not overridden): the doctor's check comes first. */
export function doctorFirst(input: HandoutInput): boolean {
  return doctorCheckFirst(input.assessment.redFlags, input.visit.redFlagActions);
}

export function aboutSection(input: HandoutInput): HandoutSection {
  // While an emergency or urgent red flag stands, naming a muscle or joint as the likely cause
  // would reassure wrongly: the doctor's check comes first.
  const mustSeeDoctor = doctorFirst(input);
  const [first, ...others] = mustSeeDoctor
    ? []
    : input.plan.leading.map((id) => PLAIN_CONDITIONS[id]);
  if (first === undefined) {
    const why = mustSeeDoctor
      ? 'A doctor needs to check the points above first. After that, we can say more about what is causing your pain.'
      : 'We need to do more checks before we can say what is causing your pain.';
    return { id: 'about', title: 'What we think is going on', blocks: [{ paragraphs: [why] }] };
  }
  const also = others.map((c) => c.name);
  return {
    id: 'about',
    title: 'What we think is going on',
    blocks: [
      {
        paragraphs: [
          `Your pain most likely comes from ${first.name}.`,
          first.about,
          ...(also.length === 0 ? [] : [`It may also come from ${also.join(', or from ')}.`]),
          'This is our best idea from the checks we did today. It may change as we learn more.',
        ],
      },
    ],
  };
}

export function exerciseSection(plan: PrintPlan): HandoutSection {
  if (plan.homeProgramme.length === 0) {
    return {
      id: 'exercises',
      title: 'Your exercises',
      blocks: [{ paragraphs: ['Your physiotherapist will show you which exercises to do.'] }],
    };
  }
  // Handout texts give the usual amount; an amount set for this patient must win, and say so.
  const anyOwn = plan.homeProgramme.some((item) => item.patientDosage.setForPatient);
  return {
    id: 'exercises',
    title: 'Your exercises',
    blocks: [
      {
        paragraphs: [
          'Do these at home. Some discomfort is fine. Stop if the pain gets sharp or much worse, and tell your physiotherapist.',
          ...(anyOwn
            ? ['Where it says "set for you", follow that amount, not the one in the text.']
            : []),
        ],
        entries: plan.homeProgramme.map((item) => ({
          title: item.name,
          lines: [
            {
              label: item.patientDosage.setForPatient ? 'How much (set for you)' : 'How much',
              text: item.patientDosage.text,
            },
            ...(item.treatment === undefined
              ? []
              : [{ label: 'How to do it', text: item.treatment.handout }]),
          ],
        })),
      },
    ],
  };
}

const OTHER_TIERS: Readonly<
  Record<Tier, { readonly title: string; readonly intro: readonly string[] }>
> = {
  1: { title: 'Things you can do yourself', intro: [] },
  2: {
    title: 'With your physiotherapist',
    intro: ['Your physiotherapist may use these with you.'],
  },
  3: {
    title: 'Medicines to discuss with your doctor or pharmacist',
    intro: [
      'Do not start or change a medicine without talking to your doctor or pharmacist first.',
    ],
  },
  4: {
    title: 'If you are not getting better',
    intro: ['Your physiotherapist may suggest that you see a specialist about these.'],
  },
  5: {
    title: 'Seeing a surgeon',
    intro: [
      'Only if other care has not helped. Talking to a surgeon does not mean you must have an operation.',
    ],
  },
};

/** Said instead of medicines, injections and surgery while the doctor's check comes first. */
export const AFTER_THE_DOCTOR =
  'Your physiotherapist will talk with you about medicines, injections or seeing a specialist after the doctor has checked you.';

/**
 * The plan's other treatments by tier. While the doctor's check comes first (`doctorFirst`), the
 * handout does not list medicines, injections or surgery (tiers 3 to 5): the patient's next step
 * is the doctor, and the clinical record keeps the whole plan.
 */
export function otherSection(plan: PrintPlan, doctorFirst = false): HandoutSection | undefined {
  const entry = (item: PrintPlanItem): HandoutEntry => ({
    title: item.name,
    lines: item.treatment === undefined ? [] : [{ text: item.treatment.handout }],
  });
  const withItems = plan.tiers
    .map((tier) => ({ tier, items: tier.items.filter((i) => !i.home) }))
    .filter(({ items }) => items.length > 0);
  const waits = (tier: Tier) => TIERS_AFTER_THE_DOCTOR.includes(tier);
  const held = doctorFirst && withItems.some(({ tier }) => waits(tier.tier));
  const blocks: HandoutBlock[] = withItems
    .filter(({ tier }) => !doctorFirst || !waits(tier.tier))
    .map(({ tier, items }) => ({
      title: OTHER_TIERS[tier.tier].title,
      paragraphs: OTHER_TIERS[tier.tier].intro,
      entries: items.map(entry),
      compact: true,
    }));
  if (held) blocks.push({ title: 'Other treatments', paragraphs: [AFTER_THE_DOCTOR] });
  return blocks.length === 0 ? undefined : { id: 'other', title: 'The rest of your plan', blocks };
}
export function goalsSection(plan: PrintPlan): HandoutSection | undefined {
  if (plan.goals.length === 0) return undefined;
  return {
    id: 'goals',
    title: 'Your goals',
    blocks: [
      { paragraphs: [], list: plan.goals.map((g) => plainGoal(g, plan.draftedGoalText.get(g.id))) },
    ],
  };
}
