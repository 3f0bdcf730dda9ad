import {
  COST_LABELS,
  EVIDENCE_LEVEL_LABELS,
  invasivenessText,
  STANCE_LABELS,
  tierLabel,
  URGENCY_LABELS,
} from '../catalogue/format';
import { findRecord, type TreatmentRecord } from '../catalogue/records';
import { factorsAddressedBy, redFlagsRemoving } from '../catalogue/relations';
import { Aliases, Details, EntryLink, EntrySection, LinkList, SourceLinks } from './entry-parts';
import { PredicateText } from './predicate-text';

const conditionName = (id: string): string => findRecord('conditions', id)?.name ?? id;

/** The comparison screen is its own route; a plain link keeps this entry independent of it. */
function compareHref(treatmentId: string): string {
  return `${import.meta.env.BASE_URL}compare?options=${encodeURIComponent(treatmentId)}`;
}

function Cautions({ treatment }: { readonly treatment: TreatmentRecord }) {
  const { avoidIn, contraindications } = treatment;
  return (
    <EntrySection title="Contraindications and cautions">
      {avoidIn.length === 0 && contraindications.length === 0 ? (
        <p className="muted">None recorded in the knowledge base.</p>
      ) : null}
      {avoidIn.length === 0 ? null : (
        <>
          <h3>Conditions in which to avoid it</h3>
          <ul className="library-figures">
            {avoidIn.map((a) => (
              <li key={a.condition}>
                <p>
                  <strong>Avoid</strong> in{' '}
                  <EntryLink kind="conditions" id={a.condition}>
                    {conditionName(a.condition)}
                  </EntryLink>
                  : {a.reason}
                </p>
                <SourceLinks ids={a.sources} />
              </li>
            ))}
          </ul>
        </>
      )}
      {contraindications.length === 0 ? null : (
        <>
          <h3>Findings that rule it out or call for caution</h3>
          <ul className="library-figures">
            {contraindications.map((c, index) => (
              <li key={index}>
                <p>
                  <strong>{c.severity === 'avoid' ? 'Avoid' : 'Caution'}</strong> when{' '}
                  <PredicateText predicate={c.when} />. {c.reason}
                </p>
                <SourceLinks ids={c.sources} />
              </li>
            ))}
          </ul>
        </>
      )}
    </EntrySection>
  );
}

/** A treatment: tier, evidence, dosage, time to benefit, cost, fit and cautions, handout text. */
export function TreatmentEntry({ treatment }: { readonly treatment: TreatmentRecord }) {
  const flags = redFlagsRemoving(treatment);
  const factors = factorsAddressedBy(treatment.id);
  return (
    <>
      <Aliases aliases={treatment.aliases} />
      <p>
        <a className="button" href={compareHref(treatment.id)}>
          Compare with other treatments
        </a>
      </p>
      <Details
        items={[
          ['Tier', tierLabel(treatment.tier)],
          ['Delivered by', treatment.deliveredBy],
          ['Invasiveness', invasivenessText(treatment.invasiveness)],
          ['Cost band', COST_LABELS[treatment.cost]],
          ['Time to benefit', treatment.timeToBenefit],
          ['Dosage', treatment.dosage],
        ]}
      />
      <EntrySection title="Evidence">
        <p className="library-figure">
          Stance: <strong>{STANCE_LABELS[treatment.evidence.stance]}</strong>. Level of evidence:{' '}
          <strong>{EVIDENCE_LEVEL_LABELS[treatment.evidence.level]}</strong>.
        </p>
        <p>{treatment.evidence.summary}</p>
        <SourceLinks ids={treatment.evidence.sources} />
      </EntrySection>
      <EntrySection title="Conditions it fits">
        <LinkList
          kind="conditions"
          empty="No condition listed."
          items={treatment.indications.map((id) => ({ id, name: conditionName(id) }))}
        />
      </EntrySection>
      <Cautions treatment={treatment} />
      {flags.length === 0 ? null : (
        <EntrySection title="Red flags that remove it from the plan">
          <LinkList
            kind="red-flags"
            empty=""
            items={flags.map((f) => ({
              id: f.id,
              name: f.name,
              note: `(${URGENCY_LABELS[f.urgency]})`,
            }))}
          />
        </EntrySection>
      )}
      {treatment.risks.length === 0 ? null : (
        <EntrySection title="Main risks">
          <ul>
            {treatment.risks.map((risk) => (
              <li key={risk}>{risk}</li>
            ))}
          </ul>
        </EntrySection>
      )}
      {factors.length === 0 ? null : (
        <EntrySection title="Contributing factors it addresses">
          <LinkList
            kind="factors"
            empty=""
            items={factors.map((f) => ({ id: f.id, name: f.name }))}
          />
        </EntrySection>
      )}
      <EntrySection title="For the patient handout">
        <blockquote className="library-handout">{treatment.handout}</blockquote>
      </EntrySection>
      <EntrySection title="Sources">
        <SourceLinks ids={treatment.sources} />
      </EntrySection>
    </>
  );
}
