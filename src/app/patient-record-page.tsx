import { getRouteApi } from '@tanstack/react-router';
import { PatientPage } from '../features/patients/record/patient-page';
import { PatientSyncPanel } from '../features/sync/patient-sync-panel';

const route = getRouteApi('/patients/$patientId');

/** The patient screen with its FHIR server state (two features, composed here). */
export function PatientRecordPage() {
  const { patientId } = route.useParams();
  return <PatientPage sync={<PatientSyncPanel patientId={patientId} />} />;
}
