import { Link } from '@tanstack/react-router';
import { formatCount } from '../../../lib/numbers';
import { catalogueOf, groupedCatalogue } from '../catalogue/catalogue';
import { KIND_INFO } from '../kind-info';
import { LIBRARY_KINDS, type LibraryKind } from '../library-kinds';
import { EntryListItem } from './search-results';

/**
 * Links that narrow the Library to one kind, each with its count (matches for the query, or
 * every entry when there is none). Links rather than buttons: the kind lives in the URL.
 */
export function KindFilter({
  query,
  kind,
  counts,
  total,
}: {
  readonly query: string;
  readonly kind: LibraryKind | undefined;
  readonly counts: (kind: LibraryKind) => number;
  readonly total: number;
}) {
  const q = query.trim() === '' ? {} : { q: query };
  return (
    <nav aria-label="Kinds of entry" className="library-kinds">
      <ul>
        <li>
          <Link to="/library" search={q} activeOptions={{ exact: true }} resetScroll={false}>
            All <span className="library-kinds__count">({formatCount(total)})</span>
          </Link>
        </li>
        {LIBRARY_KINDS.map((k) => (
          <li
            key={k}
            className={counts(k) === 0 && k !== kind ? 'library-kinds__empty' : undefined}
          >
            <Link
              to="/library"
              search={{ ...q, kind: k }}
              activeOptions={{ exact: true }}
              resetScroll={false}
            >
              {KIND_INFO[k].plural}{' '}
              <span className="library-kinds__count">({formatCount(counts(k))})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The Library's front page: every kind with its count and what it holds. */
export function KindOverview() {
  return (
    <ul className="library-overview">
      {LIBRARY_KINDS.map((kind) => (
        <li key={kind} className="library-overview__item">
          <h2 className="library-overview__title">
            <Link to="/library" search={{ kind }}>
              {KIND_INFO[kind].plural}
            </Link>{' '}
            <span className="library-overview__count">
              ({formatCount(catalogueOf(kind).length)})
            </span>
          </h2>
          <p>{KIND_INFO[kind].blurb}</p>
        </li>
      ))}
    </ul>
  );
}

/** Every entry of one kind, under its groups (tiers, exam sections, test categories …). */
export function KindListing({ kind }: { readonly kind: LibraryKind }) {
  const groups = groupedCatalogue(kind);
  return (
    <section aria-labelledby="library-kind-heading">
      <h2 id="library-kind-heading">{KIND_INFO[kind].plural}</h2>
      <p className="muted">{KIND_INFO[kind].blurb}</p>
      {groups.map(({ group, entries }) => (
        <section key={group ?? ''} aria-label={group ?? KIND_INFO[kind].plural}>
          {group === undefined ? null : <h3>{group}</h3>}
          <ul className="library-result-list">
            {entries.map((entry) => (
              <EntryListItem key={entry.id} entry={entry} showKind={false} showGroup={false} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
