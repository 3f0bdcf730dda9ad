import { memo } from 'react';
import { MOSTLY_ESTIMATES } from '../../clinical/index.ts';
import type { Contribution, RankedCondition } from '../../clinical/index.ts';
import { Badge } from '../../ui/badge';
import {
  BAND_LABELS,
  conditionNotes,
  formatProbability,
  MOSTLY_ESTIMATES_LABEL,
} from './assessment-format';
import { ContributionList, whySummary } from './contribution-list';
import { LibraryLink } from './source-list';

/**
 * One condition of the differential. The text begins with the name, then band and number (the
 * band groups, the number says how much), then prior → posterior, markers in words, and the
 * finding-by-finding explanation on demand.
 */
function ConditionEntryView({ condition }: { readonly condition: RankedCondition }) {
  const notes = conditionNotes(condition);
  const mostlyEstimates = condition.estimateShare >= MOSTLY_ESTIMATES;
  return (
    <li className={`condition condition--${condition.band}`}>
      <p className="condition__line">
        <span className="condition__name">
          <LibraryLink kind="conditions" id={condition.id} label={condition.name} />
        </span>{' '}
        <span className="condition__band">{BAND_LABELS[condition.band]}</span>{' '}
        <span className="condition__probability">{formatProbability(condition.probability)}</span>{' '}
        <span className="condition__prior">
          (prior{condition.priorBand === undefined ? '' : ` for ${condition.priorBand}`}{' '}
          {formatProbability(condition.prior)} → {formatProbability(condition.probability)})
        </span>
      </p>
      {condition.redFlagged || condition.serious || mostlyEstimates ? (
        <p className="condition__markers">
          {condition.redFlagged ? <Badge>Red-flagged</Badge> : null}
          {condition.serious ? <Badge>Serious condition</Badge> : null}
          {mostlyEstimates ? <Badge>{MOSTLY_ESTIMATES_LABEL}</Badge> : null}
        </p>
      ) : null}
      <details className="condition__why">
        <summary>{whySummary(condition.contributions)}</summary>
        {notes.map((note) => (
          <p key={note} className="condition__note">
            {note}
          </p>
        ))}
        <ContributionList contributions={condition.contributions} />
      </details>
    </li>
  );
}

function sameContribution(a: Contribution, b: Contribution): boolean {
  return (
    a.source === b.source &&
    a.side === b.side &&
    a.present === b.present &&
    a.lr === b.lr &&
    a.applied === b.applied &&
    a.supersededBy === b.supersededBy &&
    a.inferred === b.inferred
  );
}

/**
 * assess() returns fresh objects on every change, but a finding usually moves only a few
 * conditions: an entry re-renders only when what it shows has changed.
 */
function sameEntry(
  previous: { readonly condition: RankedCondition },
  next: { readonly condition: RankedCondition },
): boolean {
  const a = previous.condition;
  const b = next.condition;
  return (
    a.id === b.id &&
    a.probability === b.probability &&
    a.prior === b.prior &&
    a.alone === b.alone &&
    a.estimateShare === b.estimateShare &&
    a.priorBand === b.priorBand &&
    a.redFlagged === b.redFlagged &&
    a.contributions.length === b.contributions.length &&
    a.contributions.every((c, i) => {
      const other = b.contributions[i];
      return other !== undefined && sameContribution(c, other);
    })
  );
}

export const ConditionEntry = memo(ConditionEntryView, sameEntry);
