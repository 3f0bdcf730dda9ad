import type { GoalRecord } from '../../clinical/index.ts';
import { formatLongDate } from './print-dates';

const sideWord = (goal: GoalRecord): string => (goal.side === undefined ? '' : `${goal.side} `);

/** A drafted goal in plain words; a goal the clinician wrote or edited is printed as written. */
export function plainGoal(goal: GoalRecord, draftedText: string | undefined): string {
  if (goal.origin !== 'drafted' || draftedText !== goal.text) return goal.text;
  const by = formatLongDate(goal.byDate);
  switch (goal.measure) {
    case 'pain-now':
      return `Bring your pain down to ${String(goal.target)} out of 10 or less by ${by}. Today it is ${String(goal.baseline)} out of 10.`;
    case 'thomas-hip-angle':
      return `Stretch the front of your ${sideWord(goal)}hip, so that your thigh can rest flat when you lie on your back, by ${by}.`;
    case 'hip-ir-rom':
      return `Turn your ${sideWord(goal)}hip in further, to at least ${String(goal.target)} degrees, by ${by}. Today it turns ${String(goal.baseline)} degrees.`;
    case 'hip-flexion-strength':
      return `Make the muscles that lift your ${sideWord(goal)}leg stronger by ${by}. We will test them again then.`;
    case 'sit-to-stand':
      return `Stand up from a chair without pain, and without using your arms, by ${by}.`;
    case 'pain-worst':
      return `Get back to your usual activities, with your worst pain at 2 out of 10 or less, by ${by}.`;
    default:
      return goal.text;
  }
}
