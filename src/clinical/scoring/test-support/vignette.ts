import type { ConditionId } from '../../knowledge-base/conditions.ts';
import type { RedFlagId } from '../../knowledge-base/red-flags.ts';
import type { CareSetting, Findings, ScalarValue, SidedValue } from '../../knowledge-base/types.ts';

/**
 * A clinical vignette: the expected leader, conditions that must be in the top three, and the
 * exact set of red flags. Vignettes pin the engine's behaviour on realistic presentations; a
 * change to a figure that breaks one must be a deliberate choice (scoring/vignettes.test.ts).
 */
export interface Vignette {
  readonly name: string;
  readonly setting: CareSetting;
  readonly findings: Findings;
  /**
   * The condition that must rank first. A rare dangerous condition whose prior is tiny in a
   * musculoskeletal clinic may instead have to `surface`: listed as not yet excluded and suspected
   * by a red flag that fired, which is what keeps it from being missed whatever its rank.
   */
  readonly leader?: ConditionId;
  readonly surfaces?: ConditionId;
  readonly top3: readonly ConditionId[];
  readonly redFlags: readonly RedFlagId[];
}

export const R = (v: ScalarValue): SidedValue => ({ right: v });
export const L = (v: ScalarValue): SidedValue => ({ left: v });
