import { getRouteApi, Link } from '@tanstack/react-router';
import { formatPatientName } from '../../data/patients/patient.schema';
import { useVisitWithPatient } from '../../data/visits/use-visit-with-patient';
import { VisitLoadState } from '../../ui/visit-load-state';
import { VisitWorkspace } from './visit-workspace';

const route = getRouteApi('/patients/$patientId/visits/$visitId');

/** Loads the visit and its patient, then hands them to the workspace. */
export function VisitWorkspacePage() {
  const { patientId, visitId } = route.useParams();
  const loaded = useVisitWithPatient(patientId, visitId);
  if (loaded.status !== 'ready') {
    return (
      <VisitLoadState
        state={loaded}
        screen="Visit"
        loading="Loading visit…"
        backToPatient={
          <Link to="/patients/$patientId" params={{ patientId }}>
            Back to the patient
          </Link>
        }
      />
    );
  }
  // Keyed by visit: another visit gets a fresh form built from its own draft.
  return (
    <VisitWorkspace
      key={loaded.visit.id}
      initial={loaded.visit}
      patientName={formatPatientName(loaded.patient)}
    />
  );
}
