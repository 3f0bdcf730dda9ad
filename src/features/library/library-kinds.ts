/**
 * The kinds of Library entry and their URL segments (`/library/<kind>/<id>`). The router imports
 * this module to validate URLs, so it lands in the initial bundle: it holds no knowledge-base
 * data and no wording (that is kind-info.ts, loaded with the Library's own chunks).
 */
export const LIBRARY_KINDS = [
  'conditions',
  'exam-items',
  'tests',
  'treatments',
  'red-flags',
  'findings',
  'clusters',
  'factors',
  'presentations',
  'advice',
  'notes',
  'sources',
] as const;

export type LibraryKind = (typeof LIBRARY_KINDS)[number];

const KIND_SET: ReadonlySet<string> = new Set(LIBRARY_KINDS);

export function isLibraryKind(value: unknown): value is LibraryKind {
  return typeof value === 'string' && KIND_SET.has(value);
}

/** What `/library` keeps in its URL, so a search can be shared or reopened. */
export interface LibrarySearch {
  readonly q?: string;
  readonly kind?: LibraryKind;
}

/** Reads `/library`'s search params; anything unexpected is dropped rather than trusted. */
export function parseLibrarySearch(search: Readonly<Record<string, unknown>>): LibrarySearch {
  const { q, kind } = search;
  // A numeric-looking query arrives as a number from the URL parser.
  const query = typeof q === 'string' ? q : typeof q === 'number' ? String(q) : '';
  return {
    ...(query.trim() === '' ? {} : { q: query }),
    ...(isLibraryKind(kind) ? { kind } : {}),
  };
}
