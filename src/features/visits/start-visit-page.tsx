import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { patientQueries } from '../../data/patients/patient.queries';
import { formatPatientName } from '../../data/patients/patient.schema';
import { settingsQueries } from '../../data/settings/settings.queries';
import { Notice } from '../../ui/notice';
import { PageHeader } from '../../ui/page-header';
import { StartVisitForm } from './start-visit-form';
import { startingFindings } from './starting-findings';
import { useCreateVisit } from './visit-mutations';

const route = getRouteApi('/patients/$patientId/visits/new');

/** Starts a visit for a patient, defaulting clinician and care setting from the settings. */
export function StartVisitPage() {
  const { patientId } = route.useParams();
  const navigate = useNavigate();
  const patient = useQuery(patientQueries.detail(patientId));
  const settings = useQuery(settingsQueries.detail());
  const createVisit = useCreateVisit();
  const name = patient.data ? formatPatientName(patient.data) : 'patient';

  return (
    <>
      <PageHeader title={`New visit for ${name}`} screenName="New visit" />
      {patient.isPending || settings.isPending ? <p role="status">Loading…</p> : null}
      {patient.data === null ? (
        <Notice tone="error" title="This patient no longer exists on this device." />
      ) : null}
      {patient.data && settings.data ? (
        <StartVisitForm
          defaults={{
            clinician: settings.data.clinicianName,
            careSetting: settings.data.defaultCareSetting,
          }}
          onStart={async (values) => {
            const findings = patient.data ? startingFindings(patient.data, values.date) : {};
            const visit = await createVisit.mutateAsync({ patientId, ...values, findings });
            await navigate({
              to: '/patients/$patientId/visits/$visitId',
              params: { patientId, visitId: visit.id },
            });
          }}
        />
      ) : null}
      <p>
        <Link to="/patients/$patientId" params={{ patientId }}>
          Back to {name}
        </Link>
      </p>
    </>
  );
}
