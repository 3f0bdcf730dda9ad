import { useDeferredValue, useId, useState } from 'react';
import { searchTreatments, TIER_TITLES } from '../../clinical/index.ts';
import type { TreatmentFacts } from '../../clinical/index.ts';
import { countOf, evidenceText, tierHeading } from './plan-labels';

const RESULT_LIMIT = 12;

/**
 * A search box over every treatment in the knowledge base (names and aliases), with the results
 * as a list: each says its tier and evidence, whether it is in the plan already, and whether it is
 * contraindicated for this patient (then adding it asks for a written reason). The number found is
 * announced politely as the clinician types.
 */
export function AddTreatment({
  inPlan,
  factsOf,
  onAdd,
  onAddWithOverride,
}: {
  readonly inPlan: ReadonlySet<string>;
  readonly factsOf: (treatmentId: string) => TreatmentFacts | undefined;
  readonly onAdd: (treatmentId: string) => void;
  readonly onAddWithOverride: (facts: TreatmentFacts) => void;
}) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const results = searchTreatments(deferred, RESULT_LIMIT);
  const searchId = useId();
  const searching = deferred.trim() !== '';
  return (
    <section className="plan-section plan-add" aria-labelledby={`${searchId}-heading`}>
      <h3 id={`${searchId}-heading`}>Add a treatment</h3>
      <div className="field plan-add__field">
        <label className="field__label" htmlFor={searchId}>
          Find a treatment by name or alias
        </label>
        <p id={`${searchId}-hint`} className="field__hint">
          Any treatment in the knowledge base, tiers 1 to 5. It goes at the end of its tier.
        </p>
        <input
          id={searchId}
          type="search"
          className="field__control"
          autoComplete="off"
          aria-describedby={`${searchId}-hint`}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
          }}
        />
      </div>
      <p role="status" className="plan-add__count">
        {searching
          ? results.length === 0
            ? 'No treatment matches that search.'
            : `${countOf(results.length, 'treatment')} found${results.length === RESULT_LIMIT ? ' (the first 12; type more to narrow it)' : ''}.`
          : ''}
      </p>
      {results.length === 0 ? null : (
        <ul className="plan-add__results" aria-label="Treatments found">
          {results.map(({ treatment, alias }) => {
            const facts = factsOf(treatment.id);
            const avoid = facts?.avoid ?? [];
            return (
              <li key={treatment.id} className="plan-add__result">
                <div>
                  <p className="plan-add__name">
                    <strong>{treatment.name}</strong>
                    {alias === undefined ? null : (
                      <span className="muted"> (also called {alias})</span>
                    )}
                  </p>
                  <p className="plan-add__meta">
                    {tierHeading(treatment.tier, TIER_TITLES[treatment.tier])} · Evidence:{' '}
                    {evidenceText(treatment.evidence)}
                  </p>
                  {avoid.length > 0 ? (
                    <p className="plan-add__avoid">
                      <strong>Contraindicated for this patient:</strong> {avoid.join(' ')}
                    </p>
                  ) : null}
                </div>
                {inPlan.has(treatment.id) ? (
                  <p className="plan-add__in-plan">In the plan</p>
                ) : avoid.length > 0 && facts !== undefined ? (
                  <button
                    type="button"
                    className="button"
                    aria-label={`Add with override… ${treatment.name}`}
                    onClick={() => {
                      onAddWithOverride(facts);
                    }}
                  >
                    Add with override…
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button"
                    aria-label={`Add ${treatment.name}`}
                    onClick={() => {
                      onAdd(treatment.id);
                    }}
                  >
                    Add
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
