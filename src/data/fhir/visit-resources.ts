import type { Encounter, Patient, Reference } from '@medplum/fhirtypes';
import { assessVisit } from '../visits/assess-visit';
import type { Visit } from '../visits/visit.schema';
import { toConditions, toServiceRequests } from './assessment-resources';
import { toCarePlan } from './care-plan-resource';
import { toEncounter } from './encounter-resource';
import type { EntryCollector } from './fhir-mapping';
import { findingObservations } from './finding-observations';
import { toFlags } from './flag-resource';
import { toGoal } from './goal-resource';
import { toProvenance } from './provenance-resource';

/**
 * Every resource of one visit, added to the Bundle in a fixed order: the Encounter, then its
 * findings, red flags, signature, working diagnoses, proposed tests, goals and plan. The
 * assessment is computed here from the valid findings, as the workspace computes it.
 */
export function visitResources(visit: Visit, patientUrl: string, collector: EntryCollector): void {
  const subject: Reference<Patient> = { reference: patientUrl };
  const encounter: Reference<Encounter> = {
    reference: collector.add(toEncounter(visit, subject)),
  };
  const context = { subject, encounter, date: visit.date };
  const signed = visit.status === 'signed';
  const { assessment } = assessVisit(visit);

  for (const observation of findingObservations(visit.findings, { ...context, signed }))
    collector.add(observation);
  const shown = visit.signature?.redFlags ?? assessment.redFlags;
  for (const flag of toFlags(shown, visit.redFlagActions, context)) collector.add(flag);
  if (visit.signature !== undefined) collector.add(toProvenance(visit.signature, encounter));
  for (const condition of toConditions(visit, assessment, context)) collector.add(condition);
  for (const request of toServiceRequests(assessment, context)) collector.add(request);
  if (visit.plan !== undefined) {
    const goals = visit.plan.goals.map((goal) => ({
      reference: collector.add(toGoal(goal, subject, signed)),
    }));
    collector.add(toCarePlan(visit.plan, { subject, encounter, signed, goals }));
  }
}
