import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { patientQueries } from '../../data/patients/patient.queries';
import { formatPatientName } from '../../data/patients/patient.schema';
import { visitQueries } from '../../data/visits/visit.queries';
import { Notice } from '../../ui/notice';
import { PageHeader } from '../../ui/page-header';
import { VisitWorkspace } from './visit-workspace';

const route = getRouteApi('/patients/$patientId/visits/$visitId');

/** Loads the visit and its patient, then hands them to the workspace. */
export function VisitWorkspacePage() {
  const { patientId, visitId } = route.useParams();
  const visit = useQuery(visitQueries.detail(visitId));
  const patient = useQuery(patientQueries.detail(patientId));

  if (visit.isPending || patient.isPending) {
    return (
      <>
        <PageHeader title="Visit" />
        <p role="status">Loading visit…</p>
      </>
    );
  }
  if (visit.isError || patient.isError) {
    return (
      <>
        <PageHeader title="Visit" />
        <Notice tone="error" title="This visit cannot be read.">
          <p>{(visit.error ?? patient.error)?.message}</p>
          <p>The stored record has been left unchanged.</p>
        </Notice>
      </>
    );
  }
  if (visit.data === null || patient.data === null || visit.data.patientId !== patientId) {
    return (
      <>
        <PageHeader title="Visit not found" />
        <p>This visit does not exist on this device.</p>
        <Link to="/patients/$patientId" params={{ patientId }}>
          Back to the patient
        </Link>
      </>
    );
  }
  // Keyed by visit: another visit gets a fresh form built from its own draft.
  return (
    <VisitWorkspace
      key={visit.data.id}
      initial={visit.data}
      patientName={formatPatientName(patient.data)}
    />
  );
}
