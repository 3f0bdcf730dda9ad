import type { LibraryKind } from '../library-kinds';
import type { CatalogueEntry } from './catalogue';

/**
 * Client-side search over the Library: names, aliases and descriptions. The whole knowledge base
 * is a few hundred entries, so a linear scan over pre-normalised text is well under a millisecond
 * per keystroke and needs no search library.
 */

/** Lower case, accents and punctuation removed, spaces collapsed: "Hölmich's" → "holmich s". */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Prepared {
  readonly entry: CatalogueEntry;
  readonly order: number;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string;
  /** Name, aliases and description together, for queries whose words are spread across them. */
  readonly all: string;
}

export interface SearchIndex {
  readonly prepared: readonly Prepared[];
}

export interface SearchResult {
  readonly entry: CatalogueEntry;
  /** Higher is better: where the query matched (name before alias before description). */
  readonly score: number;
  /** The alias that matched, when the name did not: shown as "also called …". */
  readonly alias?: string;
}

export interface SearchOutcome {
  /** Ranked; only the chosen kind when one was given. */
  readonly results: readonly SearchResult[];
  /** Matches per kind, whatever kind was chosen (for the kind filter's counts); absent is 0. */
  readonly counts: ReadonlyMap<LibraryKind, number>;
  /** Matches across all kinds. */
  readonly total: number;
}

export function buildSearchIndex(entries: readonly CatalogueEntry[]): SearchIndex {
  return {
    prepared: entries.map((entry, order) => {
      const name = normalise(entry.name);
      const aliases = entry.aliases.map(normalise);
      const description = normalise(entry.description);
      return {
        entry,
        order,
        name,
        aliases,
        description,
        all: [name, ...aliases, description].join(' '),
      };
    }),
  };
}

const containsWord = (text: string, phrase: string): boolean =>
  text === phrase || text.startsWith(`${phrase} `) || text.includes(` ${phrase}`);

/** How well a text matches: the whole phrase exactly, at its start, at a word, anywhere; or every term. */
function textScore(text: string, phrase: string, terms: readonly string[]): number {
  if (text === phrase) return 100;
  if (text.startsWith(phrase)) return 80;
  if (containsWord(text, phrase)) return 60;
  if (text.includes(phrase)) return 50;
  return terms.every((term) => text.includes(term)) ? 40 : 0;
}

function scoreOf(
  item: Prepared,
  phrase: string,
  terms: readonly string[],
): SearchResult | undefined {
  const byName = textScore(item.name, phrase, terms);
  let bestAlias: { readonly score: number; readonly index: number } | undefined;
  item.aliases.forEach((alias, index) => {
    const score = textScore(alias, phrase, terms);
    if (score > 0 && (bestAlias === undefined || score > bestAlias.score))
      bestAlias = { score, index };
  });
  // An alias match ranks just below the same match on the name.
  const byAlias = bestAlias === undefined ? 0 : bestAlias.score - 5;
  if (byName > 0 && byName >= byAlias) return { entry: item.entry, score: byName };
  if (bestAlias !== undefined) {
    const alias = item.entry.aliases[bestAlias.index];
    return { entry: item.entry, score: byAlias, ...(alias === undefined ? {} : { alias }) };
  }
  // Every term somewhere in name, aliases or description.
  if (!terms.every((term) => item.all.includes(term))) return undefined;
  return { entry: item.entry, score: item.description.includes(phrase) ? 20 : 10 };
}

/**
 * Every entry matching all the query's words, best first (ties: shorter names first, then the
 * knowledge base's order, kinds in the Library's order). An empty query matches nothing: browsing is a separate view.
 */
export function searchLibrary(
  index: SearchIndex,
  query: string,
  kind?: LibraryKind,
): SearchOutcome {
  const phrase = normalise(query);
  const counts = new Map<LibraryKind, number>();
  if (phrase === '') return { results: [], counts, total: 0 };
  const terms = phrase.split(' ');
  const matched: { readonly result: SearchResult; readonly order: number }[] = [];
  let total = 0;
  for (const item of index.prepared) {
    const result = scoreOf(item, phrase, terms);
    if (result === undefined) continue;
    total += 1;
    counts.set(item.entry.kind, (counts.get(item.entry.kind) ?? 0) + 1);
    if (kind === undefined || item.entry.kind === kind) matched.push({ result, order: item.order });
  }
  // Equal scores: the shorter name first ("Thomas test" before "Thomas test hip angle").
  matched.sort(
    (a, b) =>
      b.result.score - a.result.score ||
      a.result.entry.name.length - b.result.entry.name.length ||
      a.order - b.order,
  );
  return { results: matched.map((m) => m.result), counts, total };
}
