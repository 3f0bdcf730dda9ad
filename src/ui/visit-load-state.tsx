import type { ReactNode } from 'react';
import { Notice } from './notice';
import { PageHeader } from './page-header';

/** A screen about one visit before it can show it (the same shape as data's VisitWithPatient). */
export type VisitLoadingState =
  | { readonly status: 'loading' }
  | { readonly status: 'unreadable'; readonly error: Error }
  | { readonly status: 'not-found' };

/**
 * What the workspace, the plan and the print previews show until the visit is ready: a loading
 * status, an unreadable record (said plainly, and left as stored), or a visit not on this device
 * with the way back to the patient.
 */
export function VisitLoadState({
  state,
  screen,
  loading,
  backToPatient,
}: {
  readonly state: VisitLoadingState;
  /** The screen's heading while loading or when the record cannot be read. */
  readonly screen: string;
  /** The loading message, e.g. "Loading the plan…". */
  readonly loading: string;
  /** A link back to the patient, shown when the visit is not found. */
  readonly backToPatient: ReactNode;
}) {
  switch (state.status) {
    case 'loading':
      return (
        <>
          <PageHeader title={screen} />
          <p role="status">{loading}</p>
        </>
      );
    case 'unreadable':
      return (
        <>
          <PageHeader title={screen} />
          <Notice tone="error" title="This visit cannot be read.">
            <p>{state.error.message}</p>
            <p>The stored record has been left unchanged.</p>
          </Notice>
        </>
      );
    case 'not-found':
      return (
        <>
          <PageHeader title="Visit not found" />
          <p>This visit does not exist on this device.</p>
          {backToPatient}
        </>
      );
  }
}
