import { TREATMENT_LIST } from '../../clinical/index.ts';
import type { Treatment } from '../../clinical/index.ts';

export interface TreatmentMatch {
  readonly treatment: Treatment;
  /** The alias that matched, when the name did not. */
  readonly alias: string | undefined;
}

/** Lower case without accents, so "holmich" finds "Hölmich". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const INDEX = TREATMENT_LIST.map((treatment) => ({
  treatment,
  name: fold(treatment.name),
  aliases: treatment.aliases.map((alias) => ({ alias, folded: fold(alias) })),
}));

/**
 * Treatments whose name or an alias contains every word typed, names that start with the query
 * first, then other name matches, then alias matches; knowledge-base order within each.
 */
export function searchTreatments(query: string): readonly TreatmentMatch[] {
  const words = fold(query)
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return [];
  const has = (text: string) => words.every((w) => text.includes(w));
  const whole = fold(query).trim();
  const ranked = INDEX.flatMap((entry): { rank: number; match: TreatmentMatch }[] => {
    if (has(entry.name))
      return [
        {
          rank: entry.name.startsWith(whole) ? 0 : 1,
          match: { treatment: entry.treatment, alias: undefined },
        },
      ];
    const alias = entry.aliases.find((a) => has(a.folded));
    return alias === undefined
      ? []
      : [{ rank: 2, match: { treatment: entry.treatment, alias: alias.alias } }];
  });
  return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.match);
}
