import { useId } from 'react';
import { formatCount } from '../../../lib/numbers';
import type { RestoreState } from './use-restore';

type Busy = Extract<RestoreState, { step: 'reading' | 'validating' | 'planning' | 'writing' }>;

export function isBusy(state: RestoreState): state is Busy {
  return (
    state.step === 'reading' ||
    state.step === 'validating' ||
    state.step === 'planning' ||
    state.step === 'writing'
  );
}

/** The stage in words, for the progress label and the live announcement. */
export function stageLabel(state: Busy): string {
  switch (state.step) {
    case 'reading':
      return 'Step 1 of 3: reading the file';
    case 'validating':
      return 'Step 1 of 3: checking every record in the file';
    case 'planning':
      return 'Step 2 of 3: comparing with the records on this device';
    case 'writing':
      return 'Step 3 of 3: writing to this device';
  }
}

/** A labelled <progress>: determinate while records are counted, indeterminate otherwise. */
export function RestoreProgress({ state }: { readonly state: Busy }) {
  const id = useId();
  const counted =
    state.step === 'validating' || state.step === 'writing'
      ? {
          done: state.step === 'validating' ? state.checked : state.written,
          total: state.total,
        }
      : undefined;
  return (
    <div className="restore-progress">
      <label htmlFor={id} className="restore-progress__label">
        {stageLabel(state)}
        {counted && counted.total > 0
          ? `: ${formatCount(counted.done)} of ${formatCount(counted.total)} records`
          : '…'}
      </label>
      {counted && counted.total > 0 ? (
        <progress id={id} value={counted.done} max={counted.total} />
      ) : (
        <progress id={id} />
      )}
    </div>
  );
}
