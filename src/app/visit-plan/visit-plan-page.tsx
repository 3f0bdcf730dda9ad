import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { patientQueries } from '../../data/patients/patient.queries';
import { formatPatientName } from '../../data/patients/patient.schema';
import { visitQueries } from '../../data/visits/visit.queries';
import { whenSavesSettled } from '../../features/visits/use-autosave';
import { Notice } from '../../ui/notice';
import { PageHeader } from '../../ui/page-header';
import { VisitPlan } from './visit-plan';

const route = getRouteApi('/patients/$patientId/visits/$visitId/plan');

/** Loads the visit and its patient, then hands them to the plan screen. */
export function VisitPlanPage() {
  const { patientId, visitId } = route.useParams();
  const visit = useQuery(visitQueries.detail(visitId));
  const patient = useQuery(patientQueries.detail(patientId));
  // Coming from the exam, its last save may still be on its way: the plan is drafted from the
  // findings as saved, so it waits for that save rather than draft from the ones before.
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    let live = true;
    void whenSavesSettled(visitId).then(() => {
      if (live) setSettled(true);
    });
    return () => {
      live = false;
    };
  }, [visitId]);

  if (visit.isPending || patient.isPending || !settled) {
    return (
      <>
        <PageHeader title="Treatment plan" />
        <p role="status">Loading the plan…</p>
      </>
    );
  }
  if (visit.isError || patient.isError) {
    return (
      <>
        <PageHeader title="Treatment plan" />
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
  // Keyed by visit: another visit gets a fresh editor built from its own plan.
  return (
    <VisitPlan
      key={visit.data.id}
      initial={visit.data}
      patientName={formatPatientName(patient.data)}
    />
  );
}
