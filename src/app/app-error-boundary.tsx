import { Component, type ReactNode } from 'react';
import { ErrorScreen } from './error-screen';

interface State {
  readonly error: unknown;
}

/**
 * The last line of defence around the providers and the router. A class because React still
 * catches render errors only in class components (there is no hook for it).
 */
export class AppErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <main id="main" className="app-main">
        <ErrorScreen
          error={this.state.error}
          onRetry={() => {
            window.location.reload();
          }}
        />
      </main>
    );
  }
}
