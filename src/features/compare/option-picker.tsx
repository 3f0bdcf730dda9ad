import { useRef, useState } from 'react';
import { MAX_COMPARED, TIER_TITLES, TIERS, tierOptionId } from '../../clinical/index.ts';
import type { ComparisonOptionId } from '../../clinical/index.ts';
import { TextField } from '../../ui/field';
import { optionLabel } from './option-labels';
import { searchTreatments } from './treatment-search';

/** Results shown at once; a longer list asks for a sharper search instead of scrolling. */
const MAX_RESULTS = 8;

/**
 * Chooses what to compare: whole tiers as toggle buttons, treatments by searching their names and
 * aliases. Every change goes straight to the address (through `onChange`), so the page always
 * shows what the address says.
 */
export function OptionPicker({
  selected,
  onChange,
}: {
  readonly selected: readonly ComparisonOptionId[];
  readonly onChange: (ids: readonly ComparisonOptionId[]) => void;
}) {
  const [query, setQuery] = useState('');
  // Removing an option removes its button: focus then goes to the count, not to the page's top.
  const countRef = useRef<HTMLParagraphElement>(null);
  const full = selected.length >= MAX_COMPARED;
  const matches = searchTreatments(query);
  const add = (id: ComparisonOptionId) => {
    if (!selected.includes(id) && !full) onChange([...selected, id]);
  };
  const remove = (id: ComparisonOptionId) => {
    onChange(selected.filter((s) => s !== id));
  };
  const toggle = (id: ComparisonOptionId) => {
    if (selected.includes(id)) remove(id);
    else add(id);
  };
  return (
    <section className="panel compare-picker" aria-labelledby="compare-picker-heading">
      <h2 id="compare-picker-heading">Choose what to compare</h2>
      <p ref={countRef} tabIndex={-1}>
        {selected.length} of {MAX_COMPARED} chosen.{' '}
        {full
          ? 'Four fit side by side: remove one to add another.'
          : 'Choose two to four treatments or whole tiers.'}
      </p>
      {selected.length > 0 ? (
        <ul className="compare-picker__chosen" aria-label="Chosen options">
          {selected.map((id) => (
            <li key={id}>
              <span>{optionLabel(id)}</span>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  remove(id);
                  countRef.current?.focus();
                }}
                aria-label={`Remove ${optionLabel(id)}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <fieldset className="compare-picker__tiers">
        <legend>Whole tiers</legend>
        {TIERS.map((tier) => {
          const id = tierOptionId(tier);
          const chosen = selected.includes(id);
          return (
            <button
              key={id}
              type="button"
              className="button compare-picker__tier"
              aria-pressed={chosen}
              disabled={!chosen && full}
              onClick={() => {
                toggle(id);
              }}
            >
              <span aria-hidden="true" className="compare-picker__mark">
                {chosen ? '✓' : '+'}
              </span>
              Tier {tier}: {TIER_TITLES[tier]}
            </button>
          );
        })}
      </fieldset>
      <TextField
        label="Search treatments by name or alias"
        hint="For example ibuprofen, stretching or injection."
        type="search"
        autoComplete="off"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
        }}
      />
      <p role="status" className="compare-picker__count">
        {query.trim() === ''
          ? ''
          : matches.length === 0
            ? 'No treatment matches.'
            : `${matches.length} ${matches.length === 1 ? 'treatment matches' : 'treatments match'}.`}
      </p>
      {matches.length > 0 ? (
        <ul className="compare-picker__results" aria-label="Matching treatments">
          {matches.slice(0, MAX_RESULTS).map(({ treatment, alias }) => {
            const chosen = selected.includes(treatment.id);
            return (
              <li key={treatment.id}>
                <span>
                  <strong>{treatment.name}</strong>{' '}
                  <span className="muted">
                    (tier {treatment.tier}
                    {alias === undefined ? '' : `; also called ${alias}`})
                  </span>
                </span>
                {/* A toggle like the tiers' (aria-pressed), so focus stays on it either way. */}
                <button
                  type="button"
                  className="button compare-picker__toggle"
                  aria-pressed={chosen}
                  disabled={!chosen && full}
                  onClick={() => {
                    toggle(treatment.id);
                  }}
                  aria-label={`Compare ${treatment.name}`}
                >
                  <span aria-hidden="true" className="compare-picker__mark">
                    {chosen ? '✓' : '+'}
                  </span>
                  Compare
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {matches.length > MAX_RESULTS ? (
        <p className="muted">
          {matches.length - MAX_RESULTS} more: type more of the name to narrow the list.
        </p>
      ) : null}
    </section>
  );
}
