import { differenceKey } from '../../clinical/index.ts';
import type { PlanDifference } from '../../clinical/index.ts';
import { conditionNames } from './plan-labels';

/** One difference in words: what applying it would do, and why the new draft says so. */
export function describeDifference(difference: PlanDifference): string {
  switch (difference.kind) {
    case 'add-item': {
      const why =
        difference.fits.length > 0
          ? `now fits ${conditionNames(difference.fits)}`
          : difference.addresses.length > 0
            ? `now addresses ${difference.addresses.join(', ')}`
            : 'now in the draft';
      return `Add ${difference.name} (${why})`;
    }
    case 'remove-item':
      // The reasons are at the item and under "Contraindicated for this patient".
      return difference.because === 'contraindicated'
        ? `Remove ${difference.name} (now contraindicated for this patient)`
        : `Remove ${difference.name} (no longer fits)`;
    case 'add-goal':
      return `New goal: ${difference.goal.text}`;
    case 'remove-goal':
      return `Drop goal: ${difference.text} (the findings no longer call for it)`;
  }
}

export const differenceDomId = (difference: PlanDifference, part: 'apply' | 'dismiss') =>
  `plan-difference-${differenceKey(difference).replace(/[^a-z0-9-]/gi, '-')}-${part}`;

/**
 * Offered when today's findings draft a different plan from the one the clinician's plan started
 * from. Each difference is applied or dismissed on its own, or all are applied at once; the
 * clinician's own additions and edits are never touched (the core guarantees it).
 */
export function RedraftNotice({
  differences,
  onApply,
  onDismiss,
  onApplyAll,
}: {
  readonly differences: readonly PlanDifference[];
  readonly onApply: (difference: PlanDifference) => void;
  readonly onDismiss: (difference: PlanDifference) => void;
  readonly onApplyAll: () => void;
}) {
  if (differences.length === 0) return null;
  return (
    <section className="notice notice--warning plan-redraft" aria-labelledby="plan-redraft-heading">
      <h2 id="plan-redraft-heading" className="notice__title">
        <span className="notice__tone">Warning:</span> The findings changed since this plan was
        drafted
      </h2>
      <p>
        A draft from the findings as they are now differs in these ways. Your own additions and
        changes stay whichever you choose.
      </p>
      <ul className="plan-redraft__list">
        {differences.map((d) => {
          const text = describeDifference(d);
          return (
            <li key={differenceKey(d)} className="plan-redraft__item">
              <span>{text}</span>
              <span className="plan-redraft__actions">
                <button
                  type="button"
                  id={differenceDomId(d, 'apply')}
                  className="button"
                  aria-label={`Apply: ${text}`}
                  onClick={() => {
                    onApply(d);
                  }}
                >
                  Apply
                </button>
                <button
                  type="button"
                  id={differenceDomId(d, 'dismiss')}
                  className="button button--quiet"
                  aria-label={`Dismiss: ${text}`}
                  onClick={() => {
                    onDismiss(d);
                  }}
                >
                  Dismiss
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {differences.length > 1 ? (
        <button type="button" className="button button--primary" onClick={onApplyAll}>
          Apply all {differences.length}
        </button>
      ) : null}
    </section>
  );
}
