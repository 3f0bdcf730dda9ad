import { Link } from '@tanstack/react-router';
import { PageHeader } from '../ui/page-header';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <p>There is no screen at this address.</p>
      <p>
        <Link to="/patients">Go to patients</Link>
      </p>
    </>
  );
}
