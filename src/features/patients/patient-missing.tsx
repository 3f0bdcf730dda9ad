import { Link } from '@tanstack/react-router';
import { PageHeader } from '../../ui/page-header';

/** The URL names a patient who is not on this device (deleted, or a link from elsewhere). */
export function PatientMissing() {
  return (
    <>
      <PageHeader title="Patient not found" />
      <p>There is no patient with this address on this device. They may have been deleted.</p>
      <p>
        <Link to="/patients">Back to patients</Link>
      </p>
    </>
  );
}
