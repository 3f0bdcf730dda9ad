import { PatientPage } from '../features/patients/record/patient-page';
import { ProgressSection } from '../features/progress/progress-section';

/** The patient's screen: details and visits (patients feature) with progress charts below. */
export function PatientScreen() {
  return <PatientPage progress={(patientId) => <ProgressSection patientId={patientId} />} />;
}
