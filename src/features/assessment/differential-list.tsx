import { memo, useId, useState } from 'react';
import type { OtherCause, RankedCondition, Sufficiency } from '../../clinical/index.ts';
import { DIFFERENTIAL_NOTE, otherCauseText } from './assessment-format';
import { ConditionEntry } from './condition-entry';

/** Enough to scan at a glance; the rest is one button away. */
const TOP = 10;

/**
 * The ranked differential, highest probability first, as an ordered list named "Differential".
 * With too few informative findings it says so instead of ranking noise.
 */
function DifferentialListView({
  differential,
  otherCause,
  sufficiency,
}: {
  readonly differential: readonly RankedCondition[];
  readonly otherCause: OtherCause;
  readonly sufficiency: Sufficiency;
}) {
  const headingId = useId();
  const listId = useId();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? differential : differential.slice(0, TOP);
  return (
    <section className="assessment-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Differential</h2>
      {/* Mounted always, so the message is announced when the ranking is withdrawn again. */}
      <div role="status">
        {sufficiency.enough ? null : <p className="assessment-status">{sufficiency.message}</p>}
      </div>
      {sufficiency.enough ? (
        <>
          <p className="muted">
            {sufficiency.message} {DIFFERENTIAL_NOTE}
          </p>
          <ol id={listId} className="differential" aria-labelledby={headingId}>
            {shown.map((condition) => (
              <ConditionEntry key={condition.id} condition={condition} />
            ))}
          </ol>
          <p className="differential__other">{otherCauseText(otherCause)}</p>
          {differential.length > TOP ? (
            <button
              type="button"
              className="button"
              aria-expanded={showAll}
              aria-controls={listId}
              onClick={() => {
                setShowAll((all) => !all);
              }}
            >
              {showAll ? `Show top ${TOP}` : `Show all ${differential.length}`}
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

export const DifferentialList = memo(DifferentialListView);
