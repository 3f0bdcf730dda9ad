import {
  DOCTOR_FIRST_NOTE,
  DOCTOR_FIRST_SOURCES,
  KB_VERSION,
  TIERS_AFTER_THE_DOCTOR,
} from '../../clinical/index.ts';
import type { FiredRedFlag } from '../../clinical/index.ts';
import { formatDate } from '../../lib/dates';
import type { PrintPlan, PrintPlanItem } from './print-plan';
import { useVocabulary } from './print-vocabulary';
import { EVIDENCE_LEVEL_LABELS, EVIDENCE_STANCE_LABELS, type SourceIndex } from './record-sources';

/** Printed on both documents when no plan is stored yet. */
export const DRAFT_PLAN_NOTICE =
  'Plan drafted from the findings; not yet reviewed by the clinician';

/** Reasons from the knowledge base, each a sentence, as running text ("A. B.", never "A.; B"). */
export function asSentences(reasons: readonly string[]): string {
  return reasons
    .map((r) => r.trim())
    .filter((r) => r !== '')
    .map((r) => (/[.!?]$/.test(r) ? r : `${r}.`))
    .join(' ');
}

function Item({ item, sources }: { readonly item: PrintPlanItem; readonly sources: SourceIndex }) {
  const t = item.treatment;
  return (
    <li className="print-item">
      <p className="print-item__title">
        {item.name}
        {item.origin === 'added' ? (
          <span className="print-muted"> (added by the clinician)</span>
        ) : null}
      </p>
      {t === undefined ? (
        <p>
          This knowledge base ({KB_VERSION}) does not know this treatment; it is kept as the
          clinician saved it.
        </p>
      ) : (
        <p>
          Delivered by: {t.deliveredBy}. Evidence: {EVIDENCE_LEVEL_LABELS[t.evidence.level]},{' '}
          {EVIDENCE_STANCE_LABELS[t.evidence.stance]} {sources.cite(t.evidence.sources)}. Time to
          benefit: {t.timeToBenefit}.
        </p>
      )}
      {item.dosage === '' ? null : (
        <p>
          <strong>Dosage:</strong> {item.dosage}
        </p>
      )}
      {item.notes === '' ? null : (
        <p>
          <strong>Notes:</strong> {item.notes}
        </p>
      )}
      {item.overrideReason !== undefined || item.avoidReasons.length === 0 ? null : (
        <p className="print-notice">
          Contraindicated on the current findings: {asSentences(item.avoidReasons)} Kept as the plan
          was saved; review it.
        </p>
      )}
      {item.overrideReason === undefined ? null : (
        <p>
          <strong>
            Added despite a contraindication{item.avoidReasons.length === 0 ? '.' : ':'}
          </strong>
          {item.avoidReasons.length === 0 ? '' : ` ${asSentences(item.avoidReasons)}`}{' '}
          <strong>Reason for adding it:</strong> {item.overrideReason}
        </p>
      )}
      {item.cautions.length === 0 ? null : (
        <p>
          <strong>Caution:</strong> {item.cautions.join('; ')}
        </p>
      )}
    </li>
  );
}

function PlanLists({ plan, sources }: { readonly plan: PrintPlan; readonly sources: SourceIndex }) {
  return (
    <>
      <div className="print-keep">
        <h3>Goals</h3>
        {plan.goals.length === 0 ? <p>No goals set.</p> : null}
        <ul>
          {plan.goals.map((goal) => (
            <li key={goal.id}>{goal.text}</li>
          ))}
        </ul>
      </div>
      <div className="print-keep">
        <h3>When to step up</h3>
        <ul>
          {plan.escalation.map((e) => (
            <li key={`${String(e.fromTier)}-${String(e.toTier)}`}>
              Tier {e.fromTier} → {e.toTier}: {e.criterion} {sources.cite(e.sources)}
            </li>
          ))}
        </ul>
      </div>
      <p className="print-keep">
        <strong>Review date:</strong> {formatDate(plan.reviewDate)}
      </p>
      <div className="print-keep">
        <h3>Home exercise programme</h3>
        {plan.homeProgramme.length === 0 ? <p>None in this plan.</p> : null}
        <ul>
          {plan.homeProgramme.map((item) => (
            <li key={item.treatmentId}>
              {item.name}: {item.dosage}
            </li>
          ))}
        </ul>
      </div>
      <div className="print-keep">
        <h3>Advice in the patient handout</h3>
        <p>
          <strong>Prevention:</strong> {plan.prevention.map((a) => a.name).join('; ')}.
        </p>
        <p>
          <strong>When to see a doctor:</strong> {plan.safetyNet.map((a) => a.name).join('; ')}.
        </p>
      </div>
      {plan.notes === '' ? null : (
        <div className="print-keep">
          <h3>Plan notes</h3>
          <p className="print-pre">{plan.notes}</p>
        </div>
      )}
    </>
  );
}

/** The stepped plan: red-flag actions first, tiers 1–5, what was left out and why, and the rest. */
export function RecordPlan({
  plan,
  redFlags,
  doctorFirst,
  sources,
}: {
  readonly plan: PrintPlan;
  readonly redFlags: readonly FiredRedFlag[];
  /** An emergency or urgent red flag stands: tiers 3 to 5 are marked as waiting for a doctor. */
  readonly doctorFirst: boolean;
  readonly sources: SourceIndex;
}) {
  const words = useVocabulary();
  return (
    <section className="print-section" aria-labelledby="record-plan">
      <h2 id="record-plan">Treatment plan</h2>
      {plan.stored ? null : <p className="print-notice">{DRAFT_PLAN_NOTICE}.</p>}
      <p className="print-muted">
        Drafted with knowledge base {plan.kbVersion}
        {plan.kbVersion === KB_VERSION
          ? ''
          : `; names and evidence below are from knowledge base ${KB_VERSION}`}
        .
      </p>
      {redFlags.length > 0 ? (
        <div className="print-keep">
          <h3>First: red-flag actions</h3>
          <ul>
            {redFlags.map((f) => (
              <li key={f.id}>
                {words.urgency[f.urgency]}: {f.name}. {f.action}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {plan.tiers.map((tier) => (
        <div key={tier.tier}>
          {doctorFirst && tier.tier === TIERS_AFTER_THE_DOCTOR[0] ? (
            <p className="print-notice">
              {DOCTOR_FIRST_NOTE} {sources.cite(DOCTOR_FIRST_SOURCES)}
            </p>
          ) : null}
          <h3>
            Tier {tier.tier}: {tier.title}
          </h3>
          {tier.items.length === 0 ? <p className="print-muted">No items in this tier.</p> : null}
          <ul className="print-list">
            {tier.items.map((item) => (
              <Item key={item.treatmentId} item={item} sources={sources} />
            ))}
          </ul>
        </div>
      ))}
      {plan.unknown.length > 0 ? (
        <div>
          <h3>Treatments this knowledge base does not know</h3>
          <ul className="print-list">
            {plan.unknown.map((item) => (
              <Item key={item.treatmentId} item={item} sources={sources} />
            ))}
          </ul>
        </div>
      ) : null}
      {plan.excluded.length > 0 ? (
        <div>
          <h3>Contraindicated for this patient (not in the plan)</h3>
          <ul className="print-list">
            {plan.excluded.map((e) => (
              <li key={e.treatmentId} className="print-item">
                <p className="print-item__title">
                  {e.name} (tier {e.tier})
                </p>
                <p>{asSentences(e.reasons)}</p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <PlanLists plan={plan} sources={sources} />
    </section>
  );
}
