import {
  COST_LABELS,
  EVIDENCE_LEVEL_LABELS,
  EVIDENCE_STANCE_LABELS,
} from '../../clinical/index.ts';
import type { TierOption } from '../../clinical/index.ts';
import { Citations } from './citations';
import type { AttributeId } from './comparison-attributes';
import { Verdict } from './verdict';

/** Lists stay short in a table cell: the first few, then how many more. */
const SHOWN = 4;

function ShortList({ items }: { readonly items: readonly string[] }) {
  const rest = items.length - SHOWN;
  return (
    <ul className="compare-list">
      {items.slice(0, SHOWN).map((item) => (
        <li key={item}>{item}</li>
      ))}
      {rest > 0 ? <li className="muted">and {rest} more</li> : null}
    </ul>
  );
}

function Evidence({ option }: { readonly option: TierOption }) {
  const { strongestFor, against, lowest, stances } = option.evidence;
  return (
    <>
      {strongestFor === undefined ? (
        <p>No member has evidence in its favour.</p>
      ) : (
        <p>
          <strong>Strongest for:</strong> {EVIDENCE_LEVEL_LABELS[strongestFor.level]} certainty (
          {strongestFor.names.join(', ')})
        </p>
      )}
      {against.length > 0 ? (
        <p>
          <strong>Advised against:</strong>{' '}
          {against
            .map(
              (a) =>
                `${a.name} (${EVIDENCE_STANCE_LABELS[a.stance].toLowerCase()}, ${EVIDENCE_LEVEL_LABELS[a.level].toLowerCase()} certainty)`,
            )
            .join('; ')}
        </p>
      ) : null}
      <p className="compare-small">
        Weakest: {EVIDENCE_LEVEL_LABELS[lowest.level].toLowerCase()} ({lowest.count} of{' '}
        {option.members.length}). Stances:{' '}
        {stances
          .map((s) => `${s.count} ${EVIDENCE_STANCE_LABELS[s.stance].toLowerCase()}`)
          .join(', ')}
        .
      </p>
      {strongestFor === undefined ? null : <Citations ids={strongestFor.sources} />}
    </>
  );
}

function Safety({ option }: { readonly option: TierOption }) {
  const judgement = option.judgement;
  if (judgement === undefined) {
    return (
      <p>
        <span className="muted">Not judged for a patient.</span> In the knowledge base,{' '}
        {option.general.withAvoid} of {option.members.length} treatments have a reason to avoid them
        and {option.general.withCaution} a caution; compare one on its own to see them.
      </p>
    );
  }
  const { contraindicated, caution } = judgement;
  return (
    <>
      {contraindicated.length > 0 ? (
        <Verdict
          kind="avoid"
          reasons={contraindicated.map((m) => `${m.name}: ${m.reasons.join(' ')}`)}
        />
      ) : null}
      {caution.length > 0 ? (
        <>
          <Verdict kind="caution" reasons={[caution.map((m) => m.name).join(', ')]} />
          <p className="compare-small">Compare one of them on its own to read why.</p>
        </>
      ) : null}
      {contraindicated.length === 0 && caution.length === 0 ? (
        <Verdict kind="clear" reasons={[]} />
      ) : null}
    </>
  );
}

function Fit({ option }: { readonly option: TierOption }) {
  const judgement = option.judgement;
  if (judgement === undefined) return <p className="muted">Not judged for a patient.</p>;
  if (judgement.fitting.length === 0)
    return <p>No treatment in this tier fits the leading conditions.</p>;
  return (
    <>
      <p>
        {judgement.fitting.length} of {option.members.length} fit:
      </p>
      <ShortList
        items={judgement.fitting.map(
          (m) => `${m.name} (${m.conditions.map((c) => c.name).join(', ')})`,
        )}
      />
    </>
  );
}

/** One attribute of a whole tier, summarised over its treatments. */
export function TierCell({
  attribute,
  option,
}: {
  readonly attribute: AttributeId;
  readonly option: TierOption;
}) {
  switch (attribute) {
    case 'tier':
      return (
        <>
          <p>
            Tier {option.tier}: {option.tierTitle}
          </p>
          <p className="compare-small">
            {option.members.length} treatments: {option.members.map((m) => m.name).join(', ')}.
          </p>
        </>
      );
    case 'invasiveness':
      return option.invasiveness.min === option.invasiveness.max ? (
        <>{option.invasiveness.min} of 5</>
      ) : (
        <>
          {option.invasiveness.min} to {option.invasiveness.max} of 5
        </>
      );
    case 'evidence':
      return <Evidence option={option} />;
    case 'time':
      return (
        <>
          <p>
            Reported for {option.timeToBenefit.reported.length} of {option.members.length}:
          </p>
          <ShortList items={option.timeToBenefit.reported.map((r) => `${r.name}: ${r.text}`)} />
        </>
      );
    case 'delivered':
      return <ShortList items={option.deliveredBy} />;
    case 'cost':
      return option.cost.min === option.cost.max ? (
        <>{COST_LABELS[option.cost.min]}</>
      ) : (
        <>
          {COST_LABELS[option.cost.min]} to {COST_LABELS[option.cost.max].toLowerCase()}
        </>
      );
    case 'risks':
      return option.risks.common.length === 0 ? (
        <span className="muted">None listed</span>
      ) : (
        <ShortList
          items={option.risks.common.map(
            (r) => `${r.risk} (${r.count} of ${option.members.length})`,
          )}
        />
      );
    case 'fits':
      return <Fit option={option} />;
    case 'safety':
      return <Safety option={option} />;
  }
}
