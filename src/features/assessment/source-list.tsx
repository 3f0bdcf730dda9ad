import { SOURCES } from '../../clinical/index.ts';
import type { SourceDef } from '../../clinical/index.ts';

/** The source table by any id: red flags and provenance carry ids as plain strings. */
const SOURCE_TABLE: Readonly<Partial<Record<string, SourceDef>>> = SOURCES;

/** The Library entries the assessment cites (app/router.tsx serves `/library/<kind>/<id>`). */
export type LibraryLinkKind =
  'conditions' | 'exam-items' | 'findings' | 'clusters' | 'tests' | 'red-flags' | 'sources';

export function libraryHref(kind: LibraryLinkKind, id: string): string {
  return `${import.meta.env.BASE_URL}library/${kind}/${encodeURIComponent(id)}`;
}

/** A small "opens elsewhere" arrow. An SVG, so it adds no text to the line it sits in. */
function NewTabIcon() {
  return (
    <svg
      className="library-link__icon"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 16 16"
      width="0.8em"
      height="0.8em"
      style={{ marginLeft: '0.2em', verticalAlign: '-0.05em' }}
    >
      <path
        d="M6 3H3v10h10v-3M9 2h5v5M14 2 7 9"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      />
    </svg>
  );
}

/**
 * A link from the assessment to the Library entry it cites. It opens in a new tab so the visit
 * workspace is never unmounted by following it: the draft, its pending autosave, the open
 * explanations and the place in a long exam all stay exactly as they were (hiding the tab also
 * makes the workspace save at once). The accessible name says it opens a new tab, and the arrow
 * shows it. rel="noreferrer" implies noopener.
 */
export function LibraryLink({
  kind,
  id,
  label,
}: {
  readonly kind: LibraryLinkKind;
  readonly id: string;
  /** The visible text; the accessible name adds "(opens in new tab)". */
  readonly label: string;
}) {
  return (
    <a
      href={libraryHref(kind, id)}
      target="_blank"
      rel="noreferrer"
      aria-label={`${label} (opens in new tab)`}
    >
      {label}
      <NewTabIcon />
    </a>
  );
}

/** The citations behind a figure or a rule, each linked to its Library entry. */
export function SourceList({ ids }: { readonly ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <div className="assessment-sources">
      <span className="assessment-sources__title">Sources:</span>
      <ul className="assessment-sources__list">
        {ids.map((id) => {
          const source = SOURCE_TABLE[id];
          return (
            // Stacked links a full 24 px apart at this small type (WCAG 2.2 target size).
            <li key={id} style={{ paddingBlock: '0.125rem' }}>
              {source === undefined ? (
                id
              ) : (
                <LibraryLink kind="sources" id={id} label={source.citation} />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
