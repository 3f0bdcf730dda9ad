import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { toStoredDraft } from '../../data/visits/findings-form';
import { visitQueries } from '../../data/visits/visit.queries';
import { VisitConflictError } from '../../data/visits/visit-errors';
import type { Visit } from '../../data/visits/visit.schema';
import { useSaveFindings } from './visit-mutations';

/** Well under a second from the last keystroke to IndexedDB, without a write per keystroke. */
export const AUTOSAVE_DELAY_MS = 300;

export type SaveState =
  | { readonly status: 'saved'; readonly savedAt: string }
  | { readonly status: 'pending' | 'saving' }
  | { readonly status: 'conflict'; readonly theirs: Visit }
  | { readonly status: 'error'; readonly message: string };

/**
 * Saves the exam draft shortly after each change, one save at a time, each at the latest revision
 * this tab knows (every visit mutation writes the saved visit into the query cache, so a recorded
 * red-flag action does not leave autosave behind). When another tab saved first, nothing is overwritten: the state becomes
 * `conflict` with their version, and the clinician chooses (keep theirs, or save theirs over with
 * mine). Unsaved values are never dropped: they stay queued until a save succeeds.
 */
export function useAutosave(visit: Visit) {
  const save = useSaveFindings(visit.id);
  const queryClient = useQueryClient();
  const known = useCallback(
    (): Visit => queryClient.getQueryData(visitQueries.detail(visit.id).queryKey) ?? visit,
    [queryClient, visit],
  );
  const queued = useRef<Visit['findings'] | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saving = useRef(false);
  const [state, setState] = useState<SaveState>({ status: 'saved', savedAt: visit.updatedAt });

  // Functions, not direct reads, because the ref changes across awaits (TS would narrow it).
  const take = (): Visit['findings'] | null => {
    const next = queued.current;
    queued.current = null;
    return next;
  };
  const hasQueued = (): boolean => queued.current !== null;

  /** Saves what is queued now, then whatever was queued meanwhile, one save at a time. */
  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (saving.current) return;
    saving.current = true;
    try {
      for (let findings = take(); findings !== null; findings = take()) {
        setState({ status: 'saving' });
        try {
          const saved = await save.mutateAsync({ revision: known().revision, findings });
          setState(
            hasQueued() ? { status: 'pending' } : { status: 'saved', savedAt: saved.updatedAt },
          );
        } catch (error) {
          queued.current ??= findings;
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
  }, [save, known]);

  /** Queue the form's current values; they are saved after a short pause. */
  const schedule = useCallback(
    (values: Readonly<Record<string, unknown>>) => {
      const draft = toStoredDraft(structuredClone(values));
      // Nothing changed (e.g. the form was reset to the saved version): no save, no new revision.
      if (
        queued.current === null &&
        !saving.current &&
        JSON.stringify(draft) === JSON.stringify(known().findings)
      )
        return;
      queued.current = draft;
      setState((s) => (s.status === 'conflict' ? s : { status: 'pending' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush, known],
  );

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
      queryClient.setQueryData(visitQueries.detail(visit.id).queryKey, theirs);
      setState({ status: 'saved', savedAt: theirs.updatedAt });
    },
    [queryClient, visit.id],
  );

  return { state, schedule, flush, overwriteTheirs, acceptTheirs, latest: known };
}
