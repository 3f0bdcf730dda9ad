import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { formatPatientName } from '../../data/patients/patient.schema';
import { useVisitWithPatient } from '../../data/visits/use-visit-with-patient';
import { whenSavesSettled } from '../../features/visits/use-autosave';
import { VisitLoadState } from '../../ui/visit-load-state';
import { VisitPlan } from './visit-plan';

const route = getRouteApi('/patients/$patientId/visits/$visitId/plan');

/** Loads the visit and its patient, then hands them to the plan screen. */
export function VisitPlanPage() {
  const { patientId, visitId } = route.useParams();
  const loaded = useVisitWithPatient(patientId, visitId);
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

  if (loaded.status !== 'ready' || !settled) {
    return (
      <VisitLoadState
        state={loaded.status === 'ready' ? { status: 'loading' } : loaded}
        screen="Treatment plan"
        loading="Loading the plan…"
        backToPatient={
          <Link to="/patients/$patientId" params={{ patientId }}>
            Back to the patient
          </Link>
        }
      />
    );
  }
  // Keyed by visit: another visit gets a fresh editor built from its own plan.
  return (
    <VisitPlan
      key={loaded.visit.id}
      initial={loaded.visit}
      patientName={formatPatientName(loaded.patient)}
    />
  );
}
