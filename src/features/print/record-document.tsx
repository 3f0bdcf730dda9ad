import { doctorCheckFirst } from '../../clinical/index.ts';
import type { Assessment } from '../../clinical/index.ts';
import { formatPatientName, type Patient } from '../../data/patients/patient.schema';
import type { StoredFindings } from '../../data/visits/findings-form';
import { CARE_SETTING_LABELS } from '../../data/visits/visit-labels';
import type { Visit } from '../../data/visits/visit.schema';
import { ageInYears, formatDate, formatDateTime } from '../../lib/dates';
import type { PrintPlan } from './print-plan';
import { useVocabulary } from './print-vocabulary';
import { RecordAssessment } from './record-assessment';
import { recordedFindings } from './record-findings';
import { RecordFindingsSection } from './record-findings-section';
import { RecordPlan } from './record-plan';
import { RecordRedFlags } from './record-red-flags';
import { sourceIndex } from './record-sources';

function Detail({ term, children }: { readonly term: string; readonly children: React.ReactNode }) {
  return (
    <div className="print-detail">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Status({ visit }: { readonly visit: Visit }) {
  const words = useVocabulary();
  const signature = visit.signature;
  if (signature === undefined) return <>Draft: not signed</>;
  const leading = signature.leading
    .map((c) => `${c.name} ${words.probability(c.probability)}`)
    .join('; ');
  const flags = signature.redFlags.map((f) => f.name).join('; ');
  return (
    <>
      Signed by {signature.signedBy} on {formatDateTime(signature.signedAt)}, knowledge base{' '}
      {signature.kbVersion}.{leading === '' ? '' : ` Leading at signing: ${leading}.`}
      {flags === '' ? '' : ` Red flags at signing: ${flags}.`}
    </>
  );
}

function PatientAndVisit({ patient, visit }: { readonly patient: Patient; readonly visit: Visit }) {
  const words = useVocabulary();
  const age = ageInYears(patient.dateOfBirth, visit.date);
  return (
    <section className="print-section print-keep" aria-labelledby="record-patient">
      <h2 id="record-patient">Patient and visit</h2>
      <dl className="print-details">
        <Detail term="Patient">{formatPatientName(patient)}</Detail>
        <Detail term="Date of birth">
          {formatDate(patient.dateOfBirth)}
          {age === undefined ? '' : ` (${String(age)} at the visit)`}
        </Detail>
        <Detail term="Sex">{words.sex[patient.sex]}</Detail>
        {patient.identifier === undefined ? null : (
          <Detail term="Identifier">{patient.identifier}</Detail>
        )}
        <Detail term="Visit date">{formatDate(visit.date)}</Detail>
        <Detail term="Clinician">{visit.clinician || 'Not recorded'}</Detail>
        <Detail term="Care setting">{CARE_SETTING_LABELS[visit.careSetting]}</Detail>
        <Detail term="Status">
          <Status visit={visit} />
        </Detail>
        {patient.notes.trim() === '' ? null : (
          <Detail term="Patient notes">
            <span className="print-pre">{patient.notes}</span>
          </Detail>
        )}
      </dl>
      {visit.addenda.length === 0 ? null : (
        <>
          <h3>Addenda</h3>
          <ul className="print-list">
            {visit.addenda.map((a) => (
              <li key={a.id} className="print-item">
                <p className="print-pre">{a.text}</p>
                <p className="print-muted">
                  {a.author}, {formatDateTime(a.createdAt)}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * The clinical record of one visit: red flags first, then patient and visit, the findings as
 * recorded, the assessment with its reasons, recommended tests and the plan, with numbered sources.
 */
export function RecordDocument({
  patient,
  visit,
  invalidFields,
  assessment,
  plan,
}: {
  readonly patient: Patient;
  readonly visit: Visit;
  readonly invalidFields: readonly string[];
  readonly assessment: Assessment;
  readonly plan: PrintPlan;
}) {
  const words = useVocabulary();
  const doctorFirst = doctorCheckFirst(assessment.redFlags, visit.redFlagActions);
  const sources = sourceIndex(assessment, plan, doctorFirst);
  const findings: StoredFindings = visit.findings;
  return (
    <>
      <h1 id="print-title" className="print-title" tabIndex={-1}>
        Clinical record
      </h1>
      <RecordRedFlags
        flags={assessment.redFlags}
        actions={visit.redFlagActions}
        sources={sources}
      />
      <PatientAndVisit patient={patient} visit={visit} />
      <RecordFindingsSection sections={recordedFindings(findings, invalidFields, words)} />
      <RecordAssessment assessment={assessment} sources={sources} />
      <RecordPlan
        plan={plan}
        redFlags={assessment.redFlags}
        doctorFirst={doctorFirst}
        sources={sources}
      />
      <section className="print-section" aria-labelledby="record-sources">
        <h2 id="record-sources">Sources</h2>
        <ol className="print-sources">
          {sources.list.map((s) => (
            <li key={s.id} value={s.n}>
              {s.citation}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
