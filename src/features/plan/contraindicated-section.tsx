import { TIER_TITLES } from '../../clinical/index.ts';
import type { PlanItemRecord, TreatmentFacts } from '../../clinical/index.ts';
import { tierHeading } from './plan-labels';

/**
 * Treatments that fit but are contraindicated for this patient, set apart with the reasons:
 * buildPlan's exclusions, and any in the plan that carry a reason to avoid them. One goes into the
 * plan only with a written override.
 */
export function ContraindicatedSection({
  excluded,
  inPlan,
  readOnly,
  onAddWithOverride,
}: {
  /** Contraindicated treatments the plan does not hold. */
  readonly excluded: readonly TreatmentFacts[];
  /** Plan items that are contraindicated for this patient, with their facts. */
  readonly inPlan: readonly { readonly item: PlanItemRecord; readonly facts: TreatmentFacts }[];
  readonly readOnly: boolean;
  readonly onAddWithOverride: (facts: TreatmentFacts) => void;
}) {
  return (
    <section
      className="plan-section plan-contraindicated"
      aria-labelledby="plan-contraindicated-heading"
    >
      <h2 id="plan-contraindicated-heading">Contraindicated for this patient</h2>
      {excluded.length === 0 && inPlan.length === 0 ? (
        <p>Nothing that fits is contraindicated for this patient.</p>
      ) : (
        <ul className="plan-contraindicated__list">
          {inPlan.map(({ item, facts }) => (
            <li key={facts.treatment.id} className="plan-contraindicated__item">
              <p className="plan-contraindicated__name">
                <strong>{facts.treatment.name}</strong>{' '}
                <span className="muted">
                  ({tierHeading(facts.treatment.tier, TIER_TITLES[facts.treatment.tier])})
                </span>
              </p>
              <ul>
                {facts.avoid.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
              <p>
                <strong>In the plan</strong>
                {item.override === undefined
                  ? ' without a written reason: write one at the item, or remove it.'
                  : ` with an override: ${item.override.reason}`}
              </p>
            </li>
          ))}
          {excluded.map((facts) => (
            <li key={facts.treatment.id} className="plan-contraindicated__item">
              <p className="plan-contraindicated__name">
                <strong>{facts.treatment.name}</strong>{' '}
                <span className="muted">
                  ({tierHeading(facts.treatment.tier, TIER_TITLES[facts.treatment.tier])})
                </span>
              </p>
              <ul>
                {facts.avoid.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
              {readOnly ? null : (
                <button
                  type="button"
                  className="button"
                  aria-label={`Add with override… ${facts.treatment.name}`}
                  onClick={() => {
                    onAddWithOverride(facts);
                  }}
                >
                  Add with override…
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
