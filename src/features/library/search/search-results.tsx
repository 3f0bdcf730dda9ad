import { memo, useId, useState } from 'react';
import type { CatalogueEntry } from '../catalogue/catalogue';
import type { SearchResult } from '../catalogue/search';
import { EntryLink } from '../entries/entry-parts';
import { KIND_INFO } from '../kind-info';

const SUMMARY_LENGTH = 180;

/** Enough to scan; a one-letter query matches nearly everything, and the rest is one press away. */
export const FIRST_RESULTS = 50;

/** The start of a description, cut at a word: enough to tell entries apart. */
export function summaryOf(text: string): string {
  if (text.length <= SUMMARY_LENGTH) return text;
  const cut = text.slice(0, SUMMARY_LENGTH);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), 0)) || cut;
  return `${atWord.replace(/[\s.,;:]+$/, '')}…`;
}

/** One entry in a list: its name as a link, its kind and group, and a short summary. */
export function EntryListItem({
  entry,
  alias,
  showKind,
  showGroup = true,
}: {
  readonly entry: CatalogueEntry;
  readonly alias?: string | undefined;
  readonly showKind: boolean;
  /** Off where the list is already under the group's heading. */
  readonly showGroup?: boolean;
}) {
  const kindLine = [
    showKind ? KIND_INFO[entry.kind].singular : undefined,
    showGroup ? entry.group : undefined,
  ]
    .filter((part) => part !== undefined && part !== entry.name)
    .join(' · ');
  return (
    <li className="library-result">
      <p className="library-result__title">
        <EntryLink kind={entry.kind} id={entry.id}>
          {entry.name}
        </EntryLink>
        {kindLine === '' ? null : <span className="library-result__kind">{kindLine}</span>}
      </p>
      {alias === undefined ? null : <p className="library-result__alias">Also called: {alias}</p>}
      {entry.description === '' ? null : (
        <p className="library-result__summary">{summaryOf(entry.description)}</p>
      )}
    </li>
  );
}

/**
 * Ranked search results, best first: the first 50, then all on request. Keyed by the query in the
 * parent, so a new query starts short again. Memoised: it re-renders only when the results change.
 */
export const SearchResults = memo(function SearchResults({
  results,
  showKind,
}: {
  readonly results: readonly SearchResult[];
  readonly showKind: boolean;
}) {
  const headingId = useId();
  const listId = useId();
  const [showAll, setShowAll] = useState(false);
  if (results.length === 0) return null;
  const shown = showAll ? results : results.slice(0, FIRST_RESULTS);
  return (
    <section aria-labelledby={headingId} className="library-results">
      <h2 id={headingId} className="visually-hidden">
        Search results
      </h2>
      <ol id={listId} className="library-result-list" aria-labelledby={headingId}>
        {shown.map((result) => (
          <EntryListItem
            key={`${result.entry.kind}/${result.entry.id}`}
            entry={result.entry}
            alias={result.alias}
            showKind={showKind}
          />
        ))}
      </ol>
      {results.length > FIRST_RESULTS ? (
        <button
          type="button"
          className="button"
          aria-expanded={showAll}
          aria-controls={listId}
          onClick={() => {
            setShowAll((all) => !all);
          }}
        >
          {showAll ? `Show the first ${FIRST_RESULTS}` : `Show all ${results.length} results`}
        </button>
      ) : null}
    </section>
  );
});
