import { useQuery } from '@tanstack/react-query';
import type { PatientId, VisitId } from '../ids';
import { patientQueries } from '../patients/patient.queries';
import type { Patient } from '../patients/patient.schema';
import { visitQueries } from './visit.queries';
import type { Visit } from './visit.schema';

/** A visit and its patient, as every screen about one visit (workspace, plan, print) needs them. */
export type VisitWithPatient =
  | { readonly status: 'loading' }
  | { readonly status: 'unreadable'; readonly error: Error }
  | { readonly status: 'not-found' }
  | { readonly status: 'ready'; readonly visit: Visit; readonly patient: Patient };

/**
 * Reads the visit and its patient. A visit of another patient is "not found" here: the address
 * names both, and a mismatched pair must not show one patient's visit under another's name.
 */
export function useVisitWithPatient(patientId: PatientId, visitId: VisitId): VisitWithPatient {
  const visit = useQuery(visitQueries.detail(visitId));
  const patient = useQuery(patientQueries.detail(patientId));
  if (visit.isPending || patient.isPending) return { status: 'loading' };
  if (visit.isError) return { status: 'unreadable', error: visit.error };
  if (patient.isError) return { status: 'unreadable', error: patient.error };
  if (visit.data === null || patient.data === null || visit.data.patientId !== patientId)
    return { status: 'not-found' };
  return { status: 'ready', visit: visit.data, patient: patient.data };
}
