import type { Treatment } from '../knowledge-base/treatment-list.ts';

/**
 * Whether a treatment belongs in the home exercise programme: an exercise or stretch of tiers 1
 * and 2 that the patient does between visits. A programme of care (tagged 'education':
 * assessment, advice and review by the physiotherapist, such as personalised hip therapy) is
 * delivered in the clinic and stays with the physiotherapy-led care, not in the home programme.
 */
export function isHomeExercise(treatment: Treatment): boolean {
  const tags: readonly string[] = treatment.tags;
  return (
    treatment.tier <= 2 &&
    (tags.includes('exercise') || tags.includes('stretch')) &&
    !tags.includes('education')
  );
}
