import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { BackupFailure } from '../../../data/backup/backup-problems';
import { backupRepository } from '../../../data/backup/backup.repository';
import { entryKey, type Choice, type ImportPlan } from '../../../data/backup/import-plan';
import {
  ImportOutdatedError,
  ImportRefusedError,
  type ImportResult,
} from '../../../data/backup/import-records';
import {
  checkBackupSize,
  readBackupText,
  type ValidatedBackup,
} from '../../../data/backup/validate-backup';
import { patientQueries } from '../../../data/patients/patient.queries';
import { persistenceQueries, settingsQueries } from '../../../data/settings/settings.queries';
import { visitQueries } from '../../../data/visits/visit.queries';

interface Reviewing {
  readonly fileName: string;
  readonly backup: ValidatedBackup;
  readonly plan: ImportPlan;
  readonly choices: ReadonlyMap<string, Choice>;
}

export type RestoreState =
  | { readonly step: 'idle' }
  | { readonly step: 'reading' | 'planning'; readonly fileName: string }
  | {
      readonly step: 'validating';
      readonly fileName: string;
      readonly checked: number;
      readonly total: number;
    }
  | { readonly step: 'invalid'; readonly fileName: string; readonly failure: BackupFailure }
  | ({ readonly step: 'review' } & Reviewing)
  | ({ readonly step: 'writing'; readonly written: number; readonly total: number } & Reviewing)
  | {
      readonly step: 'done';
      readonly fileName: string;
      readonly backup: ValidatedBackup;
      readonly result: ImportResult;
    }
  | {
      readonly step: 'failed';
      readonly fileName: string;
      readonly title: string;
      readonly messages: readonly string[];
      /** Set when checking the same file again may succeed (the device changed meanwhile). */
      readonly backup?: ValidatedBackup;
    };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The restore, step by step: read the file, validate all of it, compare with the device, let the
 * clinician choose per conflict, then write everything in one transaction. Each step replaces the
 * state; a newer file (or Cancel) makes any step still running from the older one stop counting.
 */
export function useRestore() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<RestoreState>({ step: 'idle' });
  const run = useRef(0);
  const preview = useMutation({
    mutationFn: (backup: ValidatedBackup) => backupRepository.preview(backup),
  });
  const restore = useMutation({
    mutationFn: ({
      reviewing,
      onProgress,
    }: {
      reviewing: Reviewing;
      onProgress: (written: number, total: number) => void;
    }) => backupRepository.restore(reviewing.backup, reviewing.plan, reviewing.choices, onProgress),
    // A restore can touch every kind of record.
    onSuccess: () =>
      Promise.all(
        [
          patientQueries.all(),
          visitQueries.all(),
          settingsQueries.all(),
          persistenceQueries.all(),
        ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ),
  });

  function start(): () => boolean {
    run.current += 1;
    const id = run.current;
    return () => run.current === id;
  }

  async function review(fileName: string, backup: ValidatedBackup, isCurrent: () => boolean) {
    setState({ step: 'planning', fileName });
    try {
      const plan = await preview.mutateAsync(backup);
      if (isCurrent()) setState({ step: 'review', fileName, backup, plan, choices: new Map() });
    } catch (error) {
      if (isCurrent())
        setState({
          step: 'failed',
          fileName,
          title: 'The records on this device could not be read for comparison.',
          messages: [messageOf(error)],
        });
    }
  }

  async function chooseFile(file: File) {
    const isCurrent = start();
    const fileName = file.name;
    const refused = checkBackupSize(file.size);
    if (refused) {
      setState({ step: 'invalid', fileName, failure: refused });
      return;
    }
    setState({ step: 'reading', fileName });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      if (isCurrent())
        setState({
          step: 'failed',
          fileName,
          title: 'The file could not be read.',
          messages: [messageOf(error)],
        });
      return;
    }
    if (!isCurrent()) return;
    const result = await readBackupText(text, {
      onProgress: (checked, total) => {
        if (isCurrent()) setState({ step: 'validating', fileName, checked, total });
      },
    });
    if (!isCurrent()) return;
    if (!result.ok) {
      setState({ step: 'invalid', fileName, failure: result.failure });
      return;
    }
    await review(fileName, result.backup, isCurrent);
  }

  async function apply() {
    if (state.step !== 'review') return;
    const isCurrent = start();
    const reviewing: Reviewing = state;
    const { fileName, backup } = state;
    setState({ ...reviewing, step: 'writing', written: 0, total: 0 });
    try {
      const result = await restore.mutateAsync({
        reviewing,
        onProgress: (written, total) => {
          if (isCurrent()) setState({ ...reviewing, step: 'writing', written, total });
        },
      });
      if (isCurrent()) setState({ step: 'done', fileName, backup, result });
    } catch (error) {
      if (!isCurrent()) return;
      if (error instanceof ImportRefusedError) {
        setState({
          step: 'failed',
          fileName,
          title: error.message,
          messages: error.problems.map((p) => p.message),
        });
      } else if (error instanceof ImportOutdatedError) {
        setState({
          step: 'failed',
          fileName,
          title: 'Nothing was restored.',
          messages: [error.message],
          backup,
        });
      } else {
        setState({
          step: 'failed',
          fileName,
          title: 'Nothing was restored: writing to this device’s storage failed.',
          messages: [messageOf(error), 'Every record on this device is as it was before.'],
        });
      }
    }
  }

  return {
    state,
    chooseFile,
    apply,
    /** Compares the same validated file with the device again (after it changed). */
    checkAgain: (fileName: string, backup: ValidatedBackup) => review(fileName, backup, start()),
    choose: (store: Parameters<typeof entryKey>[0], id: string, choice: Choice) => {
      setState((current) =>
        current.step === 'review'
          ? { ...current, choices: new Map(current.choices).set(entryKey(store, id), choice) }
          : current,
      );
    },
    chooseAll: (choice: Choice) => {
      setState((current) =>
        current.step === 'review'
          ? {
              ...current,
              choices: new Map(
                current.plan.entries
                  .filter((entry) => entry.status === 'conflict')
                  .map((entry) => [entryKey(entry.store, entry.id), choice]),
              ),
            }
          : current,
      );
    },
    cancel: () => {
      start();
      setState({ step: 'idle' });
    },
  };
}
