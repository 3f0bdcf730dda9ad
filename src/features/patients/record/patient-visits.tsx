import { useQuery } from '@tanstack/react-query';
import type { PatientId } from '../../../data/ids';
import { visitQueries } from '../../../data/visits/visit.queries';
import type { CareSetting, VisitStatus } from '../../../data/visits/visit.schema';
import { formatDate } from '../../../lib/dates';
import { Notice } from '../../../ui/notice';
import { UnreadableRecordsNotice } from '../unreadable-records-notice';

const CARE_SETTING_LABELS: Readonly<Record<CareSetting, string>> = {
  general: 'General outpatient',
  sports: 'Sports medicine',
};
const STATUS_LABELS: Readonly<Record<VisitStatus, string>> = { draft: 'Draft', signed: 'Signed' };

/** Lists the patient's visits. Recording a visit arrives with the visit workspace. */
export function PatientVisits({ patientId }: { readonly patientId: PatientId }) {
  const visits = useQuery(visitQueries.list(patientId));
  return (
    <section className="panel" aria-labelledby="visits-heading">
      <h2 id="visits-heading">Visits</h2>
      <p className="muted">
        Visits will appear here. Recording a visit (examination, assessment and plan) comes with the
        visit workspace in a later release.
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
                  <th scope="col">Care setting</th>
                  <th scope="col">Clinician</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {visits.data.visits.map((visit) => (
                  <tr key={visit.id}>
                    <td>{formatDate(visit.date)}</td>
                    <td>{CARE_SETTING_LABELS[visit.careSetting]}</td>
                    <td>{visit.clinician || <span className="muted">Not recorded</span>}</td>
                    <td>{STATUS_LABELS[visit.status]}</td>
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
