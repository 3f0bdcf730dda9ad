import { memo, useId } from 'react';
import { DONT_MISS_INTRO, DONT_MISS_NONE } from '../../clinical/index.ts';
import type { NotExcluded } from '../../clinical/index.ts';
import { formatSmallProbability, ruleOutText } from './assessment-format';
import { LibraryLink } from './source-list';

function NotExcludedEntry({ entry }: { readonly entry: NotExcluded }) {
  return (
    <li className="not-excluded">
      <p className="not-excluded__line">
        <span className="not-excluded__name">
          <LibraryLink kind="conditions" id={entry.id} label={entry.name} />
        </span>{' '}
        <span className="not-excluded__probability">
          {formatSmallProbability(entry.probability)}
        </span>
        {entry.redFlagged ? <span className="not-excluded__flag">, red-flagged</span> : null}
      </p>
      <p>
        <strong>Meanwhile:</strong> {entry.action}
      </p>
      <p>
        <strong>Rule out with:</strong> {ruleOutText(entry.ruleOut)}
      </p>
    </li>
  );
}

/**
 * The serious conditions not yet excluded, whatever their rank in the differential: each with its
 * probability, "red-flagged" in words where a red flag raised it, what to do meanwhile and the
 * best finding or test still to record that would rule it out. Shown after the red flags and
 * before the differential, even when too few findings are recorded to rank.
 */
function NotYetExcludedView({ entries }: { readonly entries: readonly NotExcluded[] }) {
  const headingId = useId();
  return (
    <section className="assessment-section not-yet-excluded" aria-labelledby={headingId}>
      <h2 id={headingId}>Not yet excluded</h2>
      <p className="muted">{DONT_MISS_INTRO}</p>
      {entries.length === 0 ? (
        <p>{DONT_MISS_NONE}</p>
      ) : (
        <ul className="not-excluded-list" aria-labelledby={headingId}>
          {entries.map((entry) => (
            <NotExcludedEntry key={entry.id} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  );
}

export const NotYetExcluded = memo(NotYetExcludedView);
