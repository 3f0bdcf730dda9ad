import type { Patient } from '../../../data/patients/patient.schema';
import { ageInYears, formatDate, formatDateTime, todayIsoDate } from '../../../lib/dates';
import { SEX_LABELS } from '../patient-labels';

export function PatientDetails({ patient }: { readonly patient: Patient }) {
  const age = ageInYears(patient.dateOfBirth, todayIsoDate());
  return (
    <section className="panel" aria-labelledby="details-heading">
      <h2 id="details-heading">Details</h2>
      <dl className="details">
        <div>
          <dt>Date of birth</dt>
          <dd>
            {formatDate(patient.dateOfBirth)}
            {age === undefined ? null : <span className="muted"> (age {age})</span>}
          </dd>
        </div>
        <div>
          <dt>Sex</dt>
          <dd>{SEX_LABELS[patient.sex]}</dd>
        </div>
        <div>
          <dt>Identifier</dt>
          <dd>{patient.identifier ?? <span className="muted">None recorded</span>}</dd>
        </div>
        <div className="details__wide">
          <dt>Notes</dt>
          <dd className="details__notes">
            {patient.notes === '' ? <span className="muted">None</span> : patient.notes}
          </dd>
        </div>
        <div>
          <dt>Added</dt>
          <dd>{formatDateTime(patient.createdAt)}</dd>
        </div>
        <div>
          <dt>Last changed</dt>
          <dd>{formatDateTime(patient.updatedAt)}</dd>
        </div>
      </dl>
    </section>
  );
}
