import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { approxPercent } from '../../../clinical/index.ts';
import type { PatientId } from '../../../data/ids';
import { assessVisit } from '../../../data/visits/assess-visit';
import { CARE_SETTING_LABELS, VISIT_STATUS_LABELS } from '../../../data/visits/visit-labels';
import { visitQueries } from '../../../data/visits/visit.queries';
import type { Visit } from '../../../data/visits/visit.schema';
import { formatDate } from '../../../lib/dates';
import { Notice } from '../../../ui/notice';
import { UnreadableRecordsNotice } from '../unreadable-records-notice';

/**
 * The leading condition as the visit stands: a signed visit shows what was signed; a draft is
 * assessed from its valid findings now (a fraction of a millisecond each).
 */
function leadingCondition(visit: Visit): string {
  if (visit.signature !== undefined) {
    const top = visit.signature.leading[0];
    return top === undefined
      ? 'No assessment recorded'
      : `${top.name} (${approxPercent(top.probability)})`;
  }
  const { assessment } = assessVisit(visit);
  const top = assessment.differential[0];
  if (!assessment.sufficiency.enough || top === undefined) return 'Too few findings yet';
  return `${top.name} (${approxPercent(top.probability)})`;
}

/** The patient's visits, newest first, with status and leading condition, and a way to start one. */
export function PatientVisits({ patientId }: { readonly patientId: PatientId }) {
  const visits = useQuery(visitQueries.list(patientId));
  return (
    <section className="panel" aria-labelledby="visits-heading">
      <h2 id="visits-heading">Visits</h2>
      <p>
        <Link
          to="/patients/$patientId/visits/new"
          params={{ patientId }}
          className="button button--primary"
        >
          Start visit
        </Link>
      </p>
      {visits.isPending ? <p role="status">Loading visits…</p> : null}
      {visits.isError ? (
        <Notice tone="error" title="Visits could not be loaded.">
          <p>{visits.error.message}</p>
        </Notice>
      ) : null}
      {visits.data ? (
        <>
          <UnreadableRecordsNotice records={visits.data.unreadable} what="visit" />
          {visits.data.visits.length === 0 ? (
            <p>No visits recorded yet.</p>
          ) : (
            <table className="simple-table">
              <caption className="visually-hidden">Visits, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Status</th>
                  <th scope="col">Leading condition</th>
                  <th scope="col">Care setting</th>
                  <th scope="col">Clinician</th>
                </tr>
              </thead>
              <tbody>
                {visits.data.visits.map((visit) => (
                  <tr key={visit.id}>
                    <td>
                      <Link
                        to="/patients/$patientId/visits/$visitId"
                        params={{ patientId, visitId: visit.id }}
                      >
                        {formatDate(visit.date)}
                      </Link>
                    </td>
                    <td>{VISIT_STATUS_LABELS[visit.status]}</td>
                    <td>{leadingCondition(visit)}</td>
                    <td>{CARE_SETTING_LABELS[visit.careSetting]}</td>
                    <td>{visit.clinician || <span className="muted">Not recorded</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </section>
  );
}
