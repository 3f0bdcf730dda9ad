import { TIER_TITLES, TREATMENT_LIST } from '../../clinical/index.ts';
import type { ComparisonOptionId } from '../../clinical/index.ts';

/** "Oral NSAIDs", "Tier 2: Physiotherapy-led care". */
export function optionLabel(id: ComparisonOptionId): string {
  const tier = /^tier-([1-5])$/.exec(id);
  if (tier !== null) {
    const n = Number(tier[1]);
    if (n === 1 || n === 2 || n === 3 || n === 4 || n === 5) return `Tier ${n}: ${TIER_TITLES[n]}`;
  }
  return TREATMENT_LIST.find((t) => t.id === id)?.name ?? id;
}
