import { Link } from '@tanstack/react-router';
import type { PatientId, VisitId } from '../../data/ids';

/** The two printouts of a visit, as header actions on the workspace and the plan. */
export function PrintLinks({
  patientId,
  visitId,
}: {
  readonly patientId: PatientId;
  readonly visitId: VisitId;
}) {
  return (
    <>
      <Link
        to="/patients/$patientId/visits/$visitId/print/record"
        params={{ patientId, visitId }}
        className="button"
      >
        Print clinical record
      </Link>
      <Link
        to="/patients/$patientId/visits/$visitId/print/handout"
        params={{ patientId, visitId }}
        className="button"
      >
        Print patient handout
      </Link>
    </>
  );
}
