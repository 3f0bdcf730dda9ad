import { Link, useNavigate } from '@tanstack/react-router';
import { PageHeader } from '../../../ui/page-header';
import { useCreatePatient } from '../patient-mutations';
import { PatientForm } from './patient-form';

export function NewPatientPage() {
  const navigate = useNavigate();
  const createPatient = useCreatePatient();
  return (
    <>
      <PageHeader title="New patient" />
      <PatientForm
        defaultValues={{}}
        submitLabel="Save patient"
        onSave={async (input) => {
          const patient = await createPatient.mutateAsync(input);
          await navigate({ to: '/patients/$patientId', params: { patientId: patient.id } });
        }}
        cancel={
          <Link to="/patients" className="button button--quiet">
            Cancel
          </Link>
        }
      />
    </>
  );
}
