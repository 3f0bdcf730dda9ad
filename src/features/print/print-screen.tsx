import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import type { PatientId, VisitId } from '../../data/ids';
import { formatPatientName, type Patient } from '../../data/patients/patient.schema';
import { assessVisit } from '../../data/visits/assess-visit';
import { useVisitWithPatient } from '../../data/visits/use-visit-with-patient';
import type { Visit } from '../../data/visits/visit.schema';
import { formatDate } from '../../lib/dates';
import { documentTitle } from '../../lib/document-title';
import { VisitLoadState } from '../../ui/visit-load-state';
import { buildHandout } from './handout-content';
import { HandoutDocument } from './handout-document';
import { printPlan } from './print-plan';
import { PrintToolbar, type PaperSize, type PrintKind } from './print-toolbar';
import { PrintVocabularyProvider, useVocabulary, type PrintVocabulary } from './print-vocabulary';
import { RecordDocument } from './record-document';
import './print.css';

/** What both documents print, derived from the stored visit alone (never stored itself). */
function usePrepared(stored: Visit) {
  return useMemo(() => {
    const { findings, invalidFields, assessment } = assessVisit(stored);
    const plan = printPlan(stored.plan, assessment, findings, stored.date);
    return { invalidFields, assessment, plan };
  }, [stored]);
}

interface DocumentProps {
  readonly kind: PrintKind;
  readonly patient: Patient;
  readonly visit: Visit;
  readonly paper: PaperSize;
}

/** The printed document: a running header (repeated on every page in print) and the body. */
function PrintDocument({ kind, patient, visit, paper }: DocumentProps) {
  const words = useVocabulary();
  const { invalidFields, assessment, plan } = usePrepared(visit);
  const handout = kind === 'handout' ? buildHandout({ visit, assessment, plan }) : undefined;
  const flags = assessment.redFlags;
  const alert =
    handout === undefined
      ? flags.length === 0
        ? undefined
        : `${flags.length === 1 ? 'Red flag' : `Red flags (${String(flags.length)})`}: ${flags
            .map((f) => `${f.name} (${words.urgency[f.urgency]})`)
            .join('; ')}`
      : handout.alert;
  const clinician = visit.clinician.trim() === '' ? 'not recorded' : visit.clinician;
  const header =
    kind === 'record'
      ? [
          'Clinical record',
          formatPatientName(patient),
          `Born ${formatDate(patient.dateOfBirth)}`,
          `Visit ${formatDate(visit.date)}`,
          `Clinician: ${clinician}`,
        ]
      : [
          'Your care plan',
          `${patient.givenName} ${patient.familyName}`,
          `Born ${formatDate(patient.dateOfBirth)}`,
          `Visit ${formatDate(visit.date)}`,
          `Physiotherapist: ${clinician}`,
        ];
  return (
    <article
      className={`print-doc print-doc--${paper} print-doc--${kind}${alert === undefined ? '' : ' print-doc--alert'}`}
      aria-labelledby="print-title"
    >
      <header className="print-runhead">
        {alert === undefined ? null : <p className="print-runhead__alert">{alert}</p>}
        <p className="print-runhead__line">
          {header.map((part, index) => (
            <span key={part}>
              {index > 0 ? ' · ' : ''}
              {part}
            </span>
          ))}
        </p>
      </header>
      <div className="print-doc__body">
        {handout === undefined ? (
          <RecordDocument
            patient={patient}
            visit={visit}
            invalidFields={invalidFields}
            assessment={assessment}
            plan={plan}
          />
        ) : (
          <HandoutDocument handout={handout} givenName={patient.givenName} />
        )}
      </div>
    </article>
  );
}

export interface PrintScreenProps {
  readonly kind: PrintKind;
  readonly patientId: PatientId;
  readonly visitId: VisitId;
  readonly paper: PaperSize;
  readonly onPaperChange: (paper: PaperSize) => void;
  readonly vocabulary: PrintVocabulary;
}

/**
 * The print preview of a visit's clinical record or patient handout. The preview is the printed
 * document itself (same elements); print styles only hide the app around it and the toolbar.
 */
export function PrintScreen({
  kind,
  patientId,
  visitId,
  paper,
  onPaperChange,
  vocabulary,
}: PrintScreenProps) {
  const loaded = useVisitWithPatient(patientId, visitId);
  const screen = kind === 'record' ? 'Clinical record' : 'Patient handout';
  if (loaded.status !== 'ready') {
    return (
      <VisitLoadState
        state={loaded}
        screen={screen}
        loading="Loading the visit…"
        backToPatient={
          <Link to="/patients/$patientId" params={{ patientId }}>
            Back to the patient
          </Link>
        }
      />
    );
  }
  return (
    <PrintVocabularyProvider value={vocabulary}>
      <title>{documentTitle(`${screen} (print preview)`)}</title>
      <PrintToolbar
        kind={kind}
        patientId={patientId}
        visitId={visitId}
        paper={paper}
        onPaperChange={onPaperChange}
      />
      <PrintDocument kind={kind} patient={loaded.patient} visit={loaded.visit} paper={paper} />
    </PrintVocabularyProvider>
  );
}
