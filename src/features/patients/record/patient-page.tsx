import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { PatientId } from '../../../data/ids';
import { isDemoIdentifier } from '../../../data/demo/demo-identifier';
import { patientQueries } from '../../../data/patients/patient.queries';
import { formatPatientName } from '../../../data/patients/patient.schema';
import { pluralise } from '../../../lib/numbers';
import { Badge } from '../../../ui/badge';
import { Notice } from '../../../ui/notice';
import { PageHeader } from '../../../ui/page-header';
import { PatientMissing } from '../patient-missing';
import { DeletePatient } from './delete-patient';
import { PatientDetails } from './patient-details';
import { PatientVisits } from './patient-visits';

const route = getRouteApi('/patients/$patientId');

/**
 * `sync`: the FHIR server state; `progress`: the progress charts. Both are composed in by the app
 * (features never import each other).
 */
export function PatientPage({
  sync,
  progress,
}: {
  readonly sync?: ReactNode;
  readonly progress?: (patientId: PatientId) => ReactNode;
} = {}) {
  const { patientId } = route.useParams();
  const patient = useQuery(patientQueries.detail(patientId));
  // The FHIR mapping loads only when asked for, so the patient screen stays small.
  const exportFhir = useMutation({
    mutationFn: async () =>
      (await import('../../../data/fhir/save-file')).downloadPatientBundle(patientId),
  });

  if (patient.isPending) {
    return (
      <>
        <PageHeader title="Patient" />
        <p role="status">Loading patient…</p>
      </>
    );
  }
  if (patient.isError) {
    return (
      <>
        <PageHeader title="Patient" />
        <Notice tone="error" title="This patient’s record cannot be read.">
          <p>{patient.error.message}</p>
          <p>The stored record has been left unchanged.</p>
        </Notice>
      </>
    );
  }
  if (patient.data === null) return <PatientMissing />;

  const record = patient.data;
  const name = formatPatientName(record);
  return (
    <>
      {/* The name stays out of the tab title and browser history on a shared clinic computer. */}
      <PageHeader
        title={name}
        screenName="Patient"
        actions={
          <>
            <Link to="/patients/$patientId/edit" params={{ patientId }} className="button">
              Edit details
            </Link>
            <button
              type="button"
              className="button"
              disabled={exportFhir.isPending}
              onClick={() => {
                exportFhir.mutate();
              }}
            >
              {exportFhir.isPending ? 'Exporting…' : 'Export (FHIR)'}
            </button>
            <DeletePatient patientId={patientId} name={name} />
          </>
        }
      >
        {isDemoIdentifier(record.identifier) ? (
          <p>
            <Badge>Demo</Badge> A fictional patient for trying the app.
          </p>
        ) : null}
      </PageHeader>
      <div role="status">
        {exportFhir.data === undefined ? null : (
          <p className="muted">
            Saved {exportFhir.data.fileName}: a FHIR R4 Bundle of this patient and{' '}
            {pluralise(exportFhir.data.visits, 'visit')}.
          </p>
        )}
      </div>
      {exportFhir.isError ? (
        <Notice tone="error" title="The FHIR export failed; nothing was saved.">
          <p>{exportFhir.error.message}</p>
        </Notice>
      ) : null}
      {sync}
      <PatientDetails patient={record} />
      <PatientVisits patientId={patientId} />
      {progress?.(patientId)}
    </>
  );
}
