import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { patientQueries } from '../../../data/patients/patient.queries';
import { formatPatientName } from '../../../data/patients/patient.schema';
import { Notice } from '../../../ui/notice';
import { PageHeader } from '../../../ui/page-header';
import { PatientMissing } from '../patient-missing';
import { useUpdatePatient } from '../patient-mutations';
import { PatientForm } from './patient-form';
import { toFormValues } from './patient-form.schema';

const route = getRouteApi('/patients/$patientId/edit');

export function EditPatientPage() {
  const { patientId } = route.useParams();
  const navigate = useNavigate();
  const patient = useQuery(patientQueries.detail(patientId));
  const updatePatient = useUpdatePatient(patientId);

  if (patient.isPending) {
    return (
      <>
        <PageHeader title="Edit patient" />
        <p role="status">Loading patient…</p>
      </>
    );
  }
  if (patient.isError) {
    return (
      <>
        <PageHeader title="Edit patient" />
        <Notice tone="error" title="This patient’s record cannot be read.">
          <p>{patient.error.message}</p>
          <p>The stored record has been left unchanged.</p>
        </Notice>
      </>
    );
  }
  if (patient.data === null) return <PatientMissing />;

  const record = patient.data;
  return (
    <>
      <PageHeader title={`Edit ${formatPatientName(record)}`} screenName="Edit patient" />
      <PatientForm
        defaultValues={toFormValues(record)}
        submitLabel="Save changes"
        onSave={async (input) => {
          await updatePatient.mutateAsync(input);
          await navigate({ to: '/patients/$patientId', params: { patientId } });
        }}
        cancel={
          <Link to="/patients/$patientId" params={{ patientId }} className="button button--quiet">
            Cancel
          </Link>
        }
      />
    </>
  );
}
