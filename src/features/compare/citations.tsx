import { SOURCES } from '../../clinical/index.ts';
import type { SourceDef } from '../../clinical/index.ts';

const SOURCE_TABLE: Readonly<Partial<Record<string, SourceDef>>> = SOURCES;

/** The sources behind a figure, linked where they have an address (opening in a new tab). */
export function Citations({ ids }: { readonly ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <div className="compare-sources">
      <span className="compare-sources__title">Sources:</span>
      <ul>
        {ids.map((id) => {
          const source = SOURCE_TABLE[id];
          return (
            <li key={id}>
              {source?.url === undefined ? (
                (source?.citation ?? id)
              ) : (
                <a href={source.url} rel="noreferrer" target="_blank">
                  {source.citation}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
