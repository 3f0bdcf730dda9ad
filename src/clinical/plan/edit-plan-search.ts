import { TREATMENT_LIST } from '../knowledge-base/treatment-list.ts';
import type { Treatment } from '../knowledge-base/treatment-list.ts';

/** A treatment found by name or alias; `alias` is the alias that matched when the name did not. */
export interface TreatmentMatch {
  readonly treatment: Treatment;
  readonly alias?: string;
}

/** Lower case without accents or punctuation, so "Hölmich" finds "holmich" and "hip-flexor" "hip flexor". */
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * How well a text matches every word of the query: 0 exact, 1 starts with the query, 2 every word
 * starts a word of the text, 3 every word occurs somewhere; undefined when a word is missing.
 */
function rank(text: string, query: string, words: readonly string[]): number | undefined {
  const t = normalise(text);
  if (!words.every((w) => t.includes(w))) return undefined;
  if (t === query) return 0;
  if (t.startsWith(query)) return 1;
  const starts = t.split(' ');
  return words.every((w) => starts.some((s) => s.startsWith(w))) ? 2 : 3;
}

/**
 * Treatments of the knowledge base whose name or one of whose aliases holds every word of the
 * query, best match first (a name before an alias, then tier, then name). An empty query finds
 * nothing.
 */
export function searchTreatments(query: string, limit = 20): readonly TreatmentMatch[] {
  const q = normalise(query);
  if (q === '') return [];
  const words = q.split(' ');
  const scored = TREATMENT_LIST.flatMap(
    (treatment): { treatment: Treatment; alias?: string; score: number }[] => {
      const byName = rank(treatment.name, q, words);
      if (byName !== undefined) return [{ treatment, score: byName }];
      const aliases = treatment.aliases
        .map((alias) => ({ alias, score: rank(alias, q, words) }))
        .filter((a): a is { alias: string; score: number } => a.score !== undefined)
        .sort((a, b) => a.score - b.score);
      const best = aliases[0];
      return best === undefined ? [] : [{ treatment, alias: best.alias, score: best.score + 4 }];
    },
  );
  return scored
    .sort(
      (a, b) =>
        a.score - b.score ||
        a.treatment.tier - b.treatment.tier ||
        a.treatment.name.localeCompare(b.treatment.name),
    )
    .slice(0, limit)
    .map(({ treatment, alias }) => (alias === undefined ? { treatment } : { treatment, alias }));
}
