import type { Findings, Side } from '../knowledge-base/types.ts';
import { rawValue, relevantSides } from '../scoring/facts.ts';
import { addDays } from './dates.ts';

/** A specific, measurable goal: measure, target, by when. */
export interface Goal {
  readonly id: string;
  /** The exam item it is measured with, so progress charts can draw it. */
  readonly measure: string;
  readonly side?: Side;
  readonly baseline?: number;
  readonly target?: number;
  readonly comparator?: 'at-most' | 'at-least';
  /** ISO date (YYYY-MM-DD). */
  readonly byDate: string;
  readonly text: string;
}

const num = (findings: Findings, item: string, side?: Side): number | undefined => {
  const v = rawValue(findings, item, side);
  return typeof v === 'number' ? v : undefined;
};

const sideLabel = (side: Side): string => (side === 'left' ? 'left' : 'right');

function sidedGoals(findings: Findings, today: string): Goal[] {
  return relevantSides(findings).flatMap((side): Goal[] => {
    const goals: Goal[] = [];
    const thomas = num(findings, 'thomas-hip-angle', side);
    if (thomas !== undefined && thomas > 0) {
      goals.push({
        id: `thomas-${side}`, measure: 'thomas-hip-angle', side, baseline: thomas, target: 0, comparator: 'at-most', byDate: addDays(today, 42),
        // Stretching gains plateau at about 4–5 weeks (Gribble 1999), so 6 weeks is a fair test.
        text: `Thomas test hip angle on the ${sideLabel(side)} at most 0° (thigh reaches the horizontal) by ${addDays(today, 42)}; now ${thomas}°.`,
      });
    }
    const ir = num(findings, 'hip-ir-rom', side);
    if (ir !== undefined && ir < 30) {
      const target = Math.min(30, ir + 10);
      goals.push({
        id: `hip-ir-${side}`, measure: 'hip-ir-rom', side, baseline: ir, target, comparator: 'at-least', byDate: addDays(today, 56),
        text: `Hip internal rotation on the ${sideLabel(side)} at least ${target}° by ${addDays(today, 56)}; now ${ir}°.`,
      });
    }
    const strength = num(findings, 'hip-flexion-strength', side);
    if (strength !== undefined && strength < 5) {
      const target = Math.min(5, strength + 1);
      goals.push({
        id: `hip-flexion-strength-${side}`, measure: 'hip-flexion-strength', side, baseline: strength, target, comparator: 'at-least', byDate: addDays(today, 42),
        text: `Hip flexion strength on the ${sideLabel(side)} at least ${target}/5 by ${addDays(today, 42)}; now ${strength}/5.`,
      });
    }
    return goals;
  });
}

/**
 * Drafts measurable goals from the baseline findings. Targets are team conventions (a 2-point fall
 * in pain on the 0–10 scale as a meaningful change; ROM and strength steps), stated as such in the
 * plan; the clinician edits them.
 */
export function draftGoals(findings: Findings, today: string, reviewDate: string): readonly Goal[] {
  const goals: Goal[] = [];
  const pain = num(findings, 'pain-now');
  if (pain !== undefined && pain > 0) {
    const target = Math.max(0, pain - 2);
    goals.push({
      id: 'pain-now', measure: 'pain-now', baseline: pain, target, comparator: 'at-most', byDate: reviewDate,
      text: `Pain now at most ${target}/10 by ${reviewDate}; now ${pain}/10 (a 2-point fall is taken as a meaningful change).`,
    });
  }
  goals.push(...sidedGoals(findings, today));
  if (findings['sit-to-stand'] !== undefined && findings['sit-to-stand'] !== 'normal') {
    goals.push({ id: 'sit-to-stand', measure: 'sit-to-stand', byDate: addDays(today, 42), text: `Stand up from a chair without pain or using the arms by ${addDays(today, 42)}.` });
  }
  if (goals.length === 0) {
    goals.push({ id: 'function', measure: 'pain-worst', byDate: addDays(today, 42), text: `Return to usual activities with worst pain at most 2/10 by ${addDays(today, 42)}.` });
  }
  return goals;
}
