/**
 * A model's probability, never more precise than its evidence: "under 1%", whole percent below
 * 10%, steps of 5% from 10% to 90%, and "over 90%" above, since no chain of likelihood ratios in
 * this field supports a finer claim near certainty. Rounded down, so a number never reaches a
 * band's threshold (10%, 50%) that the probability has not: "Possible 45%", never "Possible 50%".
 */
export function approxPercent(probability: number): string {
  if (probability < 0.01) return 'under 1%';
  if (probability > 0.9) return 'over 90%';
  // The small offset keeps 0.35 from reading as 30% through floating-point error.
  if (probability < 0.1) return `${String(Math.floor(probability * 100 + 1e-9))}%`;
  return `${String(Math.floor(probability * 20 + 1e-9) * 5)}%`;
}
