import type { VisitId } from '../ids';
import type { Plan } from './plan.schema';
import type { Visit } from './visit.schema';

/**
 * What a tab had not yet saved when it was closed or hidden. A save started as the page goes
 * away needs several round trips to IndexedDB and the browser may end the page first; so at that
 * moment the autosave also keeps its unsaved value here, in localStorage, which writes at once.
 * The next time the visit is opened the kept value is saved properly, under the usual revision
 * check, and then forgotten.
 */

export type AutosavedPart = 'findings' | 'plan';

/**
 * This page load. A tab that kept a value and lives on (it was only hidden) saves it itself; only
 * another page load (the reopened tab, another tab) restores it, so the two never race.
 */
const THIS_PAGE = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

interface Kept {
  /** The page load that kept it. */
  readonly page: string;
  /**
   * The stored revisions the value may be saved over: the one the tab knew, and the next when a
   * save was still on its way (the value is the whole part, so it also holds that save's changes).
   */
  readonly revisions: readonly number[];
  readonly value: unknown;
}

const PARTS: readonly AutosavedPart[] = ['findings', 'plan'];
const keyOf = (visitId: VisitId, part: AutosavedPart) =>
  `iliopsoas-workbench:unsaved:${visitId}:${part}`;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Storage disabled outright (some private modes): nothing to keep, nothing to restore.
    return undefined;
  }
}

/** Keeps the value the page is leaving with; a full or blocked storage keeps nothing. */
export function keepUnsaved(
  visitId: VisitId,
  part: AutosavedPart,
  revisions: readonly number[],
  value: unknown,
): void {
  try {
    storage()?.setItem(
      keyOf(visitId, part),
      JSON.stringify({ page: THIS_PAGE, revisions, value } satisfies Kept),
    );
  } catch {
    // Quota exceeded: the save started on the way out may still land.
  }
}

/** Forgets a kept value: it has been saved, or the clinician chose another version. */
export function forgetUnsaved(visitId: VisitId, part: AutosavedPart): void {
  try {
    storage()?.removeItem(keyOf(visitId, part));
  } catch {
    // Nothing was kept.
  }
}

function readKept(visitId: VisitId, part: AutosavedPart): Kept | undefined {
  const text = storage()?.getItem(keyOf(visitId, part));
  if (text === null || text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'page' in parsed &&
      typeof parsed.page === 'string' &&
      'revisions' in parsed &&
      Array.isArray(parsed.revisions) &&
      parsed.revisions.every((r) => typeof r === 'number') &&
      'value' in parsed
    )
      return { page: parsed.page, revisions: parsed.revisions, value: parsed.value };
  } catch {
    // Damaged: dropped below.
  }
  return undefined;
}

export interface UnsavedWriters {
  readonly get: (id: VisitId) => Promise<Visit | null>;
  readonly saveFindings: (
    id: VisitId,
    revision: number,
    findings: Visit['findings'],
  ) => Promise<Visit>;
  readonly savePlan: (id: VisitId, revision: number, plan: Plan) => Promise<Visit>;
}

/**
 * Saves what a closed tab kept for this visit, when the visit is still at a revision that tab
 * knew of (nothing else was saved since). Otherwise the kept value is dropped: a later save, from
 * this tab or another, replaced it. The writers check the value against the visit's schema; one
 * that fails is dropped too.
 */
export async function restoreUnsaved(visitId: VisitId, writers: UnsavedWriters): Promise<void> {
  for (const part of PARTS) {
    const kept = readKept(visitId, part);
    if (kept === undefined) {
      forgetUnsaved(visitId, part);
      continue;
    }
    // Kept by this very page, which is still saving it.
    if (kept.page === THIS_PAGE) continue;
    try {
      const current = await writers.get(visitId);
      if (current !== null && kept.revisions.includes(current.revision)) {
        if (part === 'findings')
          await writers.saveFindings(visitId, current.revision, kept.value as Visit['findings']);
        else await writers.savePlan(visitId, current.revision, kept.value as Plan);
      }
    } catch {
      // A signed visit, a value that fails the schema, or a save from elsewhere just now.
    }
    forgetUnsaved(visitId, part);
  }
}
