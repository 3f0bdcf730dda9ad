import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import type { PatientJudgement } from '../../clinical/index.ts';
import { isPatientId, isVisitId, type PatientId, type VisitId } from '../../data/ids';
import { patientQueries } from '../../data/patients/patient.queries';
import type { Patient } from '../../data/patients/patient.schema';
import { assessVisit } from '../../data/visits/assess-visit';
import { visitQueries } from '../../data/visits/visit.queries';
import type { Visit } from '../../data/visits/visit.schema';
import type { CompareSearch } from './compare-search';

/** Whom the comparison is judged for, once the records named in the address are read. */
export type Subject =
  | { readonly kind: 'general'; readonly problem: string | undefined }
  | { readonly kind: 'loading' }
  | {
      readonly kind: 'judged';
      readonly patient: Patient;
      readonly visit: Visit;
      readonly judgement: PatientJudgement;
      /** The address names this visit (not only the patient, whose latest visit is used). */
      readonly visitInUrl: boolean;
    };

type Render = (subject: Subject) => ReactNode;

const general = (problem?: string): Subject => ({ kind: 'general', problem });

function Judged({
  visit,
  visitInUrl,
  children,
}: {
  readonly visit: Visit;
  readonly visitInUrl: boolean;
  readonly children: Render;
}) {
  const patient = useQuery(patientQueries.detail(visit.patientId));
  const assessed = assessVisit(visit);
  const judgement = useMemo(
    (): PatientJudgement => ({ findings: assessed.findings, assessment: assessed.assessment }),
    [assessed],
  );
  if (patient.isPending) return children({ kind: 'loading' });
  if (patient.isError)
    return children(general(`The patient’s record cannot be read: ${patient.error.message}`));
  if (patient.data === null) return children(general('The visit’s patient is not on this device.'));
  return children({ kind: 'judged', patient: patient.data, visit, judgement, visitInUrl });
}

function FromVisit({
  visitId,
  patientId,
  children,
}: {
  readonly visitId: VisitId;
  readonly patientId: PatientId | undefined;
  readonly children: Render;
}) {
  const visit = useQuery(visitQueries.detail(visitId));
  if (visit.isPending) return children({ kind: 'loading' });
  if (visit.isError) return children(general(`The visit cannot be read: ${visit.error.message}`));
  if (visit.data === null)
    return children(general('The visit named in the address is not on this device.'));
  if (patientId !== undefined && visit.data.patientId !== patientId) {
    return children(general('The visit named in the address belongs to another patient.'));
  }
  return (
    <Judged visit={visit.data} visitInUrl>
      {children}
    </Judged>
  );
}

function FromPatient({
  patientId,
  children,
}: {
  readonly patientId: PatientId;
  readonly children: Render;
}) {
  const visits = useQuery(visitQueries.list(patientId));
  if (visits.isPending) return children({ kind: 'loading' });
  if (visits.isError)
    return children(general(`The patient’s visits cannot be read: ${visits.error.message}`));
  const latest = visits.data.visits[0];
  if (latest === undefined)
    return children(
      general('This patient has no visit on this device yet, so there is nothing to judge by.'),
    );
  return (
    <Judged visit={latest} visitInUrl={false}>
      {children}
    </Judged>
  );
}

/**
 * Reads the patient and visit the address names and judges the comparison by that visit (or the
 * patient's most recent one). Anything it cannot use is reported, and the comparison falls back to
 * the knowledge base in general.
 */
export function CompareSubject({
  search,
  children,
}: {
  readonly search: CompareSearch;
  readonly children: Render;
}) {
  const patientId =
    search.patient === undefined ? undefined : isPatientId(search.patient) ? search.patient : null;
  const visitId =
    search.visit === undefined ? undefined : isVisitId(search.visit) ? search.visit : null;
  if (patientId === null || visitId === null) {
    return children(general('The patient or visit in the address is not in a form this app uses.'));
  }
  if (visitId !== undefined) {
    return (
      <FromVisit visitId={visitId} patientId={patientId}>
        {children}
      </FromVisit>
    );
  }
  if (patientId !== undefined) {
    return <FromPatient patientId={patientId}>{children}</FromPatient>;
  }
  return children(general());
}
