import {
  aboutSection,
  doctorFirst,
  exerciseSection,
  goalsSection,
  otherSection,
  urgentSection,
} from './handout-sections';
import type { Handout, HandoutInput, HandoutSection } from './handout-types';
import { formatDayAndDate } from './print-dates';

export type {
  Handout,
  HandoutBlock,
  HandoutEntry,
  HandoutInput,
  HandoutSection,
} from './handout-types';
export { plainGoal } from './plain-goals';

/** Builds the handout: red flags first, then the plan in plain words, warning signs and the next visit. */
export function buildHandout(input: HandoutInput): Handout {
  const { plan } = input;
  const urgent = urgentSection(input);
  const clinician = input.visit.clinician.trim();
  const sections: (HandoutSection | undefined)[] = [
    urgent,
    plan.stored
      ? undefined
      : {
          id: 'draft',
          title: 'This plan is a first draft',
          blocks: [
            {
              paragraphs: [
                'It was made from the checks we did today. Your physiotherapist has not gone through it with you yet.',
              ],
            },
          ],
        },
    aboutSection(input),
    exerciseSection(plan),
    goalsSection(plan),
    otherSection(plan, doctorFirst(input)),
    {
      id: 'well',
      title: 'Looking after your hips and back',
      blocks: [
        {
          paragraphs: [],
          entries: plan.prevention.map((a) => ({ title: a.name, lines: [{ text: a.text }] })),
          compact: true,
        },
      ],
    },
    {
      id: 'help',
      title: 'When to get help',
      blocks: [
        {
          paragraphs: ['Get help as below if any of these happen.'],
          entries: plan.safetyNet.map((a) => ({ title: a.name, lines: [{ text: a.text }] })),
          compact: true,
        },
      ],
    },
    {
      id: 'review',
      title: 'Your next visit',
      blocks: [
        {
          paragraphs: [
            `Your next visit is on ${formatDayAndDate(plan.reviewDate)}.`,
            ...(clinician === '' ? [] : [`Your physiotherapist is ${clinician}.`]),
            'Please bring this sheet with you.',
          ],
        },
      ],
    },
  ];
  return {
    alert:
      urgent === undefined
        ? undefined
        : `Important: ${urgent.title.toLowerCase()}. See the top of page 1.`,
    sections: sections.filter((s): s is HandoutSection => s !== undefined),
  };
}

/**
 * The handout's running text, for the readability check: paragraphs, list items and entry lines.
 * Headings and entry titles (treatment and advice names) are labels, not sentences, and are left
 * out so they do not lower the score.
 */
export function handoutProse(handout: Handout): readonly string[] {
  return handout.sections.flatMap((section) =>
    section.blocks.flatMap((block) => [
      ...block.paragraphs,
      ...(block.list ?? []),
      ...(block.entries ?? []).flatMap((entry) => entry.lines.map((line) => line.text)),
    ]),
  );
}
