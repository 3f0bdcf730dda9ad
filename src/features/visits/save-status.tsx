import type { SaveState } from './use-autosave';

function timeOf(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

function describe(state: SaveState): string {
  switch (state.status) {
    case 'saved':
      return `Saved on this device at ${timeOf(state.savedAt)}`;
    case 'pending':
      return 'Changes not yet saved…';
    case 'saving':
      return 'Saving…';
    case 'conflict':
      return 'Not saved: this visit was changed in another tab';
    case 'error':
      return `Not saved: ${state.message}`;
  }
}

/** The draft's save state, announced politely as it changes and written out, never colour alone. */
export function SaveStatus({ state }: { readonly state: SaveState }) {
  return (
    <p
      className={`save-status save-status--${state.status}`}
      role="status"
      data-save-status={state.status}
    >
      {describe(state)}
    </p>
  );
}
