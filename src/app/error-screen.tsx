import { documentTitle } from '../lib/document-title';

/**
 * What a crash looks like: a heading, what it means for the clinician's records, the error text
 * for support, and a way out. Never a white page.
 */
export function ErrorScreen({
  error,
  onRetry,
}: {
  readonly error: unknown;
  readonly onRetry: () => void;
}) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="error-screen">
      <title>{documentTitle('Something went wrong')}</title>
      <h1 tabIndex={-1}>Something went wrong</h1>
      <p>
        This screen could not be shown. Records already saved on this device are not affected;
        changes that were not saved may be lost.
      </p>
      <details open>
        <summary>Error message for support</summary>
        <pre className="error-screen__message">{message}</pre>
      </details>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={onRetry}>
          Try again
        </button>
        {/* A plain link: it works even when the router itself is what failed. */}
        <a className="button" href="/patients">
          Go to patients
        </a>
      </div>
    </div>
  );
}
