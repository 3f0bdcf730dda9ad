import { SOURCES } from '../../clinical/index.ts';
import type { SourceDef } from '../../clinical/index.ts';

/** The source table by any id: red flags and provenance carry ids as plain strings. */
const SOURCE_TABLE: Readonly<Partial<Record<string, SourceDef>>> = SOURCES;

function Citation({ id }: { readonly id: string }) {
  const source = SOURCE_TABLE[id];
  if (source === undefined) return <>{id}</>;
  if (source.url === undefined) return <>{source.citation}</>;
  return (
    <a href={source.url} rel="noreferrer" target="_blank">
      {source.citation}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

/** The citations behind a figure or a rule, linked where the source has an address. */
export function SourceList({ ids }: { readonly ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <div className="assessment-sources">
      <span className="assessment-sources__title">Sources:</span>
      <ul className="assessment-sources__list">
        {ids.map((id) => (
          <li key={id}>
            <Citation id={id} />
          </li>
        ))}
      </ul>
    </div>
  );
}
