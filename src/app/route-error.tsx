import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { ErrorScreen } from './error-screen';

/** A screen that throws while rendering or loading: the shell and navigation stay usable. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  return (
    <ErrorScreen
      error={error}
      onRetry={() => {
        reset();
        void router.invalidate();
      }}
    />
  );
}

/** Shown while a screen's code is loading, if that takes noticeably long. */
export function PendingScreen() {
  return (
    <p role="status" className="pending">
      Loading…
    </p>
  );
}
