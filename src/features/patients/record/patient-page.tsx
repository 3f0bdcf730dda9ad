import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { PatientId } from '../../../data/ids';
import { isDemoIdentifier } from '../../../data/demo/demo-data';
import { patientQueries } from '../../../data/patients/patient.queries';
import { formatPatientName } from '../../../data/patients/patient.schema';
import { Badge } from '../../../ui/badge';
import { Notice } from '../../../ui/notice';
import { PageHeader } from '../../../ui/page-header';
import { PatientMissing } from '../patient-missing';
import { DeletePatient } from './delete-patient';
import { PatientDetails } from './patient-details';
import { PatientVisits } from './patient-visits';

const route = getRouteApi('/patients/$patientId');

/** `progress`: the progress charts, composed in by the app (features never import each other). */
export function PatientPage({
  progress,
}: { readonly progress?: (patientId: PatientId) => ReactNode } = {}) {
  const { patientId } = route.useParams();
  const patient = useQuery(patientQueries.detail(patientId));

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
      <PatientDetails patient={record} />
      <PatientVisits patientId={patientId} />
      {progress?.(patientId)}
    </>
  );
}
