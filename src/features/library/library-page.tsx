import { getRouteApi } from '@tanstack/react-router';
import { useDeferredValue, useMemo } from 'react';
import { formatCount, pluralise } from '../../lib/numbers';
import { TextField } from '../../ui/field';
import { PageHeader } from '../../ui/page-header';
import { CATALOGUE, catalogueOf } from './catalogue/catalogue';
import { buildSearchIndex, searchLibrary, type SearchOutcome } from './catalogue/search';
import { KIND_INFO } from './kind-info';
import type { LibraryKind } from './library-kinds';
import { KindFilter, KindListing, KindOverview } from './search/kind-filter';
import { SearchResults } from './search/search-results';
import { useQueryText } from './search/use-query-text';
import './library.css';

const route = getRouteApi('/library');

/** Built once when the Library is first opened: a few hundred entries, pre-normalised. */
const INDEX = buildSearchIndex(CATALOGUE);

/** The sentence the status region announces: how many entries match, in which kind. */
export function resultsMessage(
  query: string,
  kind: LibraryKind | undefined,
  outcome: SearchOutcome,
): string {
  const quoted = `“${query.trim()}”`;
  if (kind === undefined)
    return outcome.total === 0
      ? `No entries match ${quoted}.`
      : `${pluralise(outcome.total, 'entry', 'entries')} match ${quoted}.`;
  const inKind = outcome.counts.get(kind) ?? 0;
  const label =
    inKind === 1 ? KIND_INFO[kind].singular.toLowerCase() : KIND_INFO[kind].plural.toLowerCase();
  return `${formatCount(inKind)} ${label} ${inKind === 1 ? 'matches' : 'match'} ${quoted} (${formatCount(outcome.total)} in all kinds).`;
}

/**
 * `/library`: search every entry by name, alias and description, or browse by kind. The query
 * and the kind live in the URL, so a search can be shared and reopened.
 */
export function LibraryPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const kind = search.kind;
  const [text, setText] = useQueryText(search.q ?? '', (q) => {
    void navigate({
      search: (previous) => ({
        ...(previous.kind === undefined ? {} : { kind: previous.kind }),
        ...(q === '' ? {} : { q }),
      }),
      replace: true,
      resetScroll: false,
    });
  });
  // Typing stays responsive: results follow at a lower priority than the keystroke.
  const query = useDeferredValue(text);
  const searching = query.trim() !== '';
  const outcome = useMemo(() => searchLibrary(INDEX, query, kind), [query, kind]);
  const counts = (k: LibraryKind): number =>
    searching ? (outcome.counts.get(k) ?? 0) : catalogueOf(k).length;

  return (
    <>
      <PageHeader title="Library">
        <p className="muted">
          The knowledge base behind the assessment: every figure with where it comes from.
        </p>
      </PageHeader>
      <search className="library-search">
        <TextField
          label="Search the library"
          hint="Names, aliases and descriptions of conditions, exam items, tests, treatments and more"
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
          }}
        />
        {/* Mounted always, so each new count is announced politely. */}
        <p role="status" className="library-search__count">
          {searching ? resultsMessage(query, kind, outcome) : ''}
        </p>
      </search>
      {searching || kind !== undefined ? (
        <KindFilter
          query={query}
          kind={kind}
          counts={counts}
          total={searching ? outcome.total : CATALOGUE.length}
        />
      ) : null}
      {searching ? (
        <SearchResults
          key={`${kind ?? ''}|${query}`}
          results={outcome.results}
          showKind={kind === undefined}
        />
      ) : kind === undefined ? (
        <KindOverview />
      ) : (
        <KindListing kind={kind} />
      )}
    </>
  );
}
