import {
  COST_LABELS,
  EVIDENCE_LEVEL_LABELS,
  EVIDENCE_STANCE_LABELS,
} from '../../clinical/index.ts';
import type { TreatmentOption } from '../../clinical/index.ts';
import { Citations } from './citations';
import type { AttributeId } from './comparison-attributes';
import { Verdict } from './verdict';

function Risks({ risks }: { readonly risks: readonly string[] }) {
  if (risks.length === 0) return <span className="muted">None listed</span>;
  return (
    <ul className="compare-list">
      {risks.map((risk) => (
        <li key={risk}>{risk}</li>
      ))}
    </ul>
  );
}

/** At most this many names inline; the rest are counted. */
const SHOWN = 5;

function names(list: readonly string[]): string {
  const rest = list.length - SHOWN;
  return `${list.slice(0, SHOWN).join(', ')}${rest > 0 ? `, and ${rest} more` : ''}`;
}

function Fit({ option }: { readonly option: TreatmentOption }) {
  const judgement = option.judgement;
  if (judgement === undefined) {
    const fits = option.indications.map((c) => c.name);
    return (
      <>
        <p className="muted">Not judged for a patient.</p>
        <p>
          {fits.length === 0
            ? 'No condition listed.'
            : `Fits ${fits.length === 1 ? 'one condition' : `${fits.length} conditions`}: ${names(fits)}.`}
        </p>
      </>
    );
  }
  if (judgement.fitsLeading.length === 0) return <p>Does not fit the leading conditions.</p>;
  return (
    <p>
      <span aria-hidden="true">✓ </span>Fits {judgement.fitsLeading.map((c) => c.name).join(', ')}.
    </p>
  );
}

function GeneralSafety({ concerns }: { readonly concerns: TreatmentOption['general'] }) {
  if (concerns.length === 0) return <p>The knowledge base lists no contraindication.</p>;
  const avoid = concerns.filter((c) => c.severity === 'avoid').map((c) => c.when);
  const caution = concerns.filter((c) => c.severity === 'caution').map((c) => c.when);
  return (
    <>
      <p className="muted">Not judged for a patient. The knowledge base lists:</p>
      {avoid.length > 0 ? (
        <p>
          <strong>Avoid</strong> with {avoid.join('; ')}.
        </p>
      ) : null}
      {caution.length > 0 ? (
        <p>
          <strong>Caution</strong> with {caution.join('; ')}.
        </p>
      ) : null}
      <details className="compare-reasons">
        <summary>Reasons ({concerns.length})</summary>
        <ul className="compare-list">
          {concerns.map((c) => (
            <li key={`${c.when}-${c.reason}`}>
              {c.when}: {c.reason}
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}

function Safety({ option }: { readonly option: TreatmentOption }) {
  const judgement = option.judgement;
  if (judgement === undefined) return <GeneralSafety concerns={option.general} />;
  const avoid = judgement.concerns.filter((c) => c.severity === 'avoid').map((c) => c.reason);
  const caution = judgement.concerns.filter((c) => c.severity === 'caution').map((c) => c.reason);
  return (
    <>
      {avoid.length > 0 ? <Verdict kind="avoid" reasons={avoid} /> : null}
      {caution.length > 0 ? <Verdict kind="caution" reasons={caution} /> : null}
      {avoid.length === 0 && caution.length === 0 ? <Verdict kind="clear" reasons={[]} /> : null}
    </>
  );
}

/** One attribute of one treatment, as the comparison table shows it. */
export function TreatmentCell({
  attribute,
  option,
}: {
  readonly attribute: AttributeId;
  readonly option: TreatmentOption;
}) {
  const t = option.treatment;
  switch (attribute) {
    case 'tier':
      return (
        <>
          Tier {t.tier}: {option.tierTitle}
        </>
      );
    case 'invasiveness':
      return <>{t.invasiveness} of 5</>;
    case 'evidence':
      return (
        <>
          <p>
            <strong>{EVIDENCE_LEVEL_LABELS[t.evidence.level]}</strong> certainty ·{' '}
            <strong>{EVIDENCE_STANCE_LABELS[t.evidence.stance]}</strong>
          </p>
          <p className="compare-small">{t.evidence.summary}</p>
          <Citations ids={t.evidence.sources} />
        </>
      );
    case 'time':
      return <>{t.timeToBenefit}</>;
    case 'delivered':
      return <>{t.deliveredBy}</>;
    case 'cost':
      return <>{COST_LABELS[t.cost]}</>;
    case 'risks':
      return <Risks risks={t.risks} />;
    case 'fits':
      return <Fit option={option} />;
    case 'safety':
      return <Safety option={option} />;
  }
}
