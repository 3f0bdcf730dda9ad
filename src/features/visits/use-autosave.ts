import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { VisitId } from '../../data/ids';
import { toStoredDraft } from '../../data/visits/findings-form';
import { forgetUnsaved, keepUnsaved, type AutosavedPart } from '../../data/visits/unsaved-changes';
import type { Plan } from '../../data/visits/plan.schema';
import { visitQueries } from '../../data/visits/visit.queries';
import { VisitConflictError } from '../../data/visits/visit-errors';
import type { Visit } from '../../data/visits/visit.schema';
import { useSaveFindings, useSavePlan } from './visit-mutations';

/** Well under a second from the last keystroke to IndexedDB, without a write per keystroke. */
export const AUTOSAVE_DELAY_MS = 300;

export type SaveState =
  | { readonly status: 'saved'; readonly savedAt: string }
  | { readonly status: 'pending' | 'saving' }
  | { readonly status: 'conflict'; readonly theirs: Visit }
  | { readonly status: 'error'; readonly message: string };

/**
 * Every save of one visit made in this tab runs after the one before it has finished, so the
 * exam's last save (flushed as the clinician leaves for the plan) and the plan's first save do
 * not both write at the revision they started from and conflict with each other.
 */
const saveChains = new Map<VisitId, Promise<unknown>>();

function oneAtATime<T>(id: VisitId, task: () => Promise<T>): Promise<T> {
  const run = (saveChains.get(id) ?? Promise.resolve()).then(task, task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  saveChains.set(id, settled);
  void settled.then(() => {
    if (saveChains.get(id) === settled) saveChains.delete(id);
  });
  return run;
}

/** Resolves once every save of the visit started in this tab so far has finished. */
export function whenSavesSettled(id: VisitId): Promise<void> {
  return (saveChains.get(id) ?? Promise.resolve()).then(() => undefined);
}

/** One part of the visit that autosaves: how to read it from a stored visit and how to write it. */
export interface AutosavePart<T> {
  /** Which part: what a closing tab could not save is kept under this name (unsaved-changes.ts). */
  readonly part: AutosavedPart;
  /** The part as stored, to skip a save that would change nothing. */
  readonly read: (visit: Visit) => unknown;
  /** Writes the part at `revision`; stable across renders (a mutation's `mutateAsync`). */
  readonly write: (args: { revision: number; value: T }) => Promise<Visit>;
}

/**
 * Saves one part of a visit shortly after each change, one save at a time, each at the latest
 * revision this tab knows (every visit mutation writes the saved visit into the query cache, so a
 * recorded red-flag action does not leave autosave behind). When another tab saved first, nothing
 * is overwritten: the state becomes `conflict` with their version, and the clinician chooses (keep
 * theirs, or save theirs over with mine). Unsaved values are never dropped: they stay queued until
 * a save succeeds. Hiding or leaving the page, and unmounting (navigating away), save at once.
 */
export function useVisitAutosave<T>(visit: Visit, { part, read, write }: AutosavePart<T>) {
  const queryClient = useQueryClient();
  const known = useCallback(
    (): Visit => queryClient.getQueryData(visitQueries.detail(visit.id).queryKey) ?? visit,
    [queryClient, visit],
  );
  // Boxed, so that any value (even null) can be queued.
  const queued = useRef<{ readonly value: T } | null>(null);
  /** The value being written now, until its save has settled. */
  const inFlight = useRef<{ readonly value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saving = useRef(false);
  const [state, setState] = useState<SaveState>({ status: 'saved', savedAt: visit.updatedAt });

  /** Saves what is queued now, then whatever was queued meanwhile, one save at a time. */
  const flush = useCallback(async (): Promise<void> => {
    // Functions, not direct reads, because the ref changes across awaits (TS would narrow it).
    const take = (): { readonly value: T } | null => {
      const next = queued.current;
      queued.current = null;
      return next;
    };
    const hasQueued = (): boolean => queued.current !== null;
    clearTimeout(timer.current);
    if (saving.current) return;
    saving.current = true;
    try {
      for (let next = take(); next !== null; next = take()) {
        const { value } = next;
        setState({ status: 'saving' });
        inFlight.current = next;
        try {
          const saved = await oneAtATime(visit.id, () =>
            write({ revision: known().revision, value }),
          );
          inFlight.current = null;
          if (hasQueued()) setState({ status: 'pending' });
          else {
            setState({ status: 'saved', savedAt: saved.updatedAt });
            // Everything is saved: nothing kept for a closing tab may be restored over it.
            forgetUnsaved(visit.id, part);
          }
        } catch (error) {
          inFlight.current = null;
          queued.current ??= next;
          setState(
            error instanceof VisitConflictError
              ? { status: 'conflict', theirs: error.current }
              : {
                  status: 'error',
                  message: error instanceof Error ? error.message : String(error),
                },
          );
          return;
        }
      }
    } finally {
      saving.current = false;
    }
  }, [write, known, visit.id, part]);

  /** Queue a value; it is saved after a short pause. */
  const schedule = useCallback(
    (value: T) => {
      // Nothing changed (e.g. the form was reset to the saved version): no save, no new revision.
      if (
        queued.current === null &&
        !saving.current &&
        JSON.stringify(value) === JSON.stringify(read(known()))
      )
        return;
      queued.current = { value };
      setState((s) => (s.status === 'conflict' ? s : { status: 'pending' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush, known, read],
  );

  // Leaving, hiding or navigating away from the page saves at once rather than after the pause.
  // The save may not land before the browser ends the page, so what is unsaved is also kept at
  // once in localStorage, and saved when the visit is next opened (unsaved-changes.ts).
  useEffect(() => {
    const saveNow = () => {
      const pending = queued.current ?? inFlight.current;
      if (pending !== null) {
        const { revision } = known();
        keepUnsaved(
          visit.id,
          part,
          inFlight.current === null ? [revision] : [revision, revision + 1],
          pending.value,
        );
      }
      void flush();
    };
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', saveNow);
    return () => {
      window.removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', saveNow);
      saveNow();
    };
  }, [flush, known, visit.id, part]);

  /** After a conflict: save mine over theirs, knowingly, from their revision. */
  const overwriteTheirs = useCallback(
    async (theirs: Visit) => {
      queryClient.setQueryData(visitQueries.detail(visit.id).queryKey, theirs);
      await flush();
    },
    [flush, queryClient, visit.id],
  );

  /** After a conflict: drop my unsaved changes and continue from theirs (the caller resets the form). */
  const acceptTheirs = useCallback(
    (theirs: Visit) => {
      queued.current = null;
      forgetUnsaved(visit.id, part);
      queryClient.setQueryData(visitQueries.detail(visit.id).queryKey, theirs);
      setState({ status: 'saved', savedAt: theirs.updatedAt });
    },
    [queryClient, visit.id, part],
  );

  return { state, schedule, flush, overwriteTheirs, acceptTheirs, latest: known };
}

const readFindings = (visit: Visit): unknown => visit.findings;
const readPlan = (visit: Visit): unknown => visit.plan;

/** The exam draft's autosave: exactly what was typed, invalid entries included. */
export function useAutosave(visit: Visit) {
  const { mutateAsync } = useSaveFindings(visit.id);
  const write = useCallback(
    ({ revision, value }: { revision: number; value: Visit['findings'] }) =>
      mutateAsync({ revision, findings: value }),
    [mutateAsync],
  );
  const autosave = useVisitAutosave(visit, { part: 'findings', read: readFindings, write });
  const { schedule: scheduleDraft } = autosave;
  /** Queue the form's current values; they are saved after a short pause. */
  const schedule = useCallback(
    (values: Readonly<Record<string, unknown>>) => {
      scheduleDraft(toStoredDraft(structuredClone(values)));
    },
    [scheduleDraft],
  );
  return { ...autosave, schedule };
}

/** The treatment plan's autosave; the caller schedules only a plan that passed its schema. */
export function usePlanAutosave(visit: Visit) {
  const { mutateAsync } = useSavePlan(visit.id);
  const write = useCallback(
    ({ revision, value }: { revision: number; value: Plan }) =>
      mutateAsync({ revision, plan: value }),
    [mutateAsync],
  );
  return useVisitAutosave(visit, { part: 'plan', read: readPlan, write });
}
