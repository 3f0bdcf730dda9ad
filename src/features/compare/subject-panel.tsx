import { Link } from '@tanstack/react-router';
import { approxPercent, leadingConditions } from '../../clinical/index.ts';
import { formatPatientName } from '../../data/patients/patient.schema';
import { formatDate } from '../../lib/dates';
import { Notice } from '../../ui/notice';
import type { Subject } from './compare-subject';

/** Says whom the comparison is judged for, on what, and what that means for adding to a plan. */
export function SubjectPanel({ subject }: { readonly subject: Subject }) {
  if (subject.kind === 'loading') {
    return (
      <p role="status" className="compare-subject">
        Reading the patient’s record…
      </p>
    );
  }
  if (subject.kind === 'general') {
    return (
      <section className="panel compare-subject" aria-label="Whom the comparison is for">
        {subject.problem === undefined ? null : (
          <Notice tone="warning" title={subject.problem} live={false} />
        )}
        <p>
          <strong>Not judged for a patient.</strong> The contraindications shown are those the
          knowledge base lists for anyone. Open the comparison from a patient’s visit to see which
          apply to them.
        </p>
      </section>
    );
  }
  const { patient, visit, judgement, visitInUrl } = subject;
  const ids = new Set<string>(leadingConditions(judgement.assessment));
  const leading = judgement.assessment.differential.filter((c) => ids.has(c.id));
  return (
    <section className="panel compare-subject" aria-label="Whom the comparison is for">
      <p>
        <strong>
          Judged for {formatPatientName(patient)}, from the visit on {formatDate(visit.date)}
        </strong>{' '}
        ({visit.status === 'signed' ? 'signed' : 'draft'}
        {visitInUrl ? '' : ', their most recent'}).{' '}
        <Link
          to="/patients/$patientId/visits/$visitId"
          params={{ patientId: visit.patientId, visitId: visit.id }}
        >
          Open the visit
        </Link>
      </p>
      <p>
        {leading.length === 0
          ? 'Too few findings to name leading conditions; contraindications from the findings and red flags are still checked.'
          : `Leading conditions: ${leading.map((c) => `${c.name} (${approxPercent(c.probability)})`).join(', ')}.`}
      </p>
      {judgement.assessment.redFlags.map((flag) => (
        <Notice key={flag.id} tone="warning" title={`Red flag: ${flag.name}`} live={false}>
          <p>{flag.action}</p>
        </Notice>
      ))}
      {visit.status === 'signed' ? (
        <p>This visit is signed, so its plan cannot change here.</p>
      ) : null}
      {!visitInUrl && visit.status === 'draft' ? (
        <p>
          <Link to="/compare" search={(prev) => ({ ...prev, visit: visit.id })}>
            Use this visit, to add options to its plan
          </Link>
        </p>
      ) : null}
    </section>
  );
}
