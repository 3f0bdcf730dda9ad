import { getRouteApi } from '@tanstack/react-router';
import { PatientPage } from '../features/patients/record/patient-page';
import { ProgressSection } from '../features/progress/progress-section';
import { PatientSyncPanel } from '../features/sync/patient-sync-panel';

const route = getRouteApi('/patients/$patientId');

/**
 * The patient screen: details and visits (patients), the FHIR server state (sync) and progress
 * charts (progress) — features composed here, since features never import each other.
 */
export function PatientRecordPage() {
  const { patientId } = route.useParams();
  return (
    <PatientPage
      sync={<PatientSyncPanel patientId={patientId} />}
      progress={(id) => <ProgressSection patientId={id} />}
    />
  );
}
