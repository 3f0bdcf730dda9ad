import { sourceOf } from './plan-labels';

function Citation({ id }: { readonly id: string }) {
  const source = sourceOf(id);
  if (source === undefined) return <>{id}</>;
  if (source.url === undefined) return <>{source.citation}</>;
  return (
    <a href={source.url} rel="noreferrer" target="_blank">
      {source.citation} <span className="visually-hidden">(opens in a new tab)</span>
    </a>
  );
}

/** The citations behind an evidence statement or a rule, linked where the source has an address. */
export function SourceCitations({ ids }: { readonly ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <ul className="plan-sources">
      {ids.map((id) => (
        <li key={id}>
          <Citation id={id} />
        </li>
      ))}
    </ul>
  );
}
