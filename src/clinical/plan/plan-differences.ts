import type { ConditionId } from '../knowledge-base/conditions.ts';
import { TREATMENT_LIST } from '../knowledge-base/treatment-list.ts';
import type { Tier } from '../knowledge-base/types.ts';
import type { PlanDraft, PlanItem } from './build-plan.ts';
import { insertInTier } from './edit-plan.ts';
import { isUneditedItem } from './edit-plan-context.ts';
import type { Goal } from './goals.ts';
import type { GoalRecord, PlanRecord } from './plan-record.ts';

/**
 * What a new draft (from changed findings) would do differently from the draft the clinician's
 * plan started from (`plan.basis`). Each difference is offered, never imposed: the clinician
 * applies or dismisses it, and either way the basis moves on so it is not offered again.
 *
 * The clinician's own work is never a difference: treatments they added, drafted treatments
 * whose dosage or notes they changed (or kept with an override), and goals they wrote or edited
 * stay whatever the new draft says.
 */
export type PlanDifference =
  | {
      readonly kind: 'add-item';
      readonly treatmentId: string;
      readonly name: string;
      readonly tier: Tier;
      /** Leading conditions it now fits. */
      readonly fits: readonly ConditionId[];
      /** Contributing factors it now addresses. */
      readonly addresses: readonly string[];
    }
  | {
      readonly kind: 'remove-item';
      readonly treatmentId: string;
      readonly name: string;
      /** 'contraindicated' when the new draft sets it apart for this patient, with the reasons. */
      readonly because: 'no-longer-fits' | 'contraindicated';
      readonly reasons: readonly string[];
    }
  | { readonly kind: 'add-goal'; readonly goal: Goal }
  | { readonly kind: 'remove-goal'; readonly goalId: string; readonly text: string };

/** A stable key for a difference, for lists and for remembering a choice. */
export function differenceKey(difference: PlanDifference): string {
  switch (difference.kind) {
    case 'add-item':
    case 'remove-item':
      return `${difference.kind}:${difference.treatmentId}`;
    case 'add-goal':
      return `add-goal:${difference.goal.id}`;
    case 'remove-goal':
      return `remove-goal:${difference.goalId}`;
  }
}

const draftItems = (draft: PlanDraft): readonly PlanItem[] => draft.tiers.flatMap((t) => t.items);

/**
 * The new draft's differences from the plan's basis, in the plan's reading order: treatments to
 * add (tier order), treatments to remove, goals to add, goals to remove.
 */
export function planDifferences(plan: PlanRecord, draft: PlanDraft): readonly PlanDifference[] {
  const basisItems = new Set(plan.basis.items);
  const basisGoals = new Set(plan.basis.goals);
  const inPlan = new Map(plan.items.map((i) => [i.treatmentId, i]));
  const goalsInPlan = new Map(plan.goals.map((g) => [g.id, g]));
  const drafted = draftItems(draft);
  const draftedIds = new Set<string>(drafted.map((i) => i.treatmentId));
  const draftedGoals = new Set<string>(draft.goals.map((g) => g.id));

  const add = drafted
    .filter((i) => !basisItems.has(i.treatmentId) && !inPlan.has(i.treatmentId))
    .map((i): PlanDifference => ({
      kind: 'add-item',
      treatmentId: i.treatmentId,
      name: i.name,
      tier: i.tier,
      fits: i.fits,
      addresses: i.addresses,
    }));
  const remove = plan.items
    .filter(
      (i) => basisItems.has(i.treatmentId) && !draftedIds.has(i.treatmentId) && isUneditedItem(i),
    )
    .map((i): PlanDifference => {
      const excluded = draft.excluded.find((e) => e.treatmentId === i.treatmentId);
      return {
        kind: 'remove-item',
        treatmentId: i.treatmentId,
        name: excluded?.name ?? nameOf(i.treatmentId),
        because: excluded === undefined ? 'no-longer-fits' : 'contraindicated',
        reasons: excluded?.reasons ?? [],
      };
    });
  const addGoals = draft.goals
    .filter((g) => !basisGoals.has(g.id) && !goalsInPlan.has(g.id))
    .map((goal): PlanDifference => ({ kind: 'add-goal', goal }));
  const removeGoals = plan.goals
    .filter((g) => basisGoals.has(g.id) && !draftedGoals.has(g.id) && g.origin === 'drafted')
    .map((g): PlanDifference => ({ kind: 'remove-goal', goalId: g.id, text: g.text }));
  return [...add, ...remove, ...addGoals, ...removeGoals];
}

/** The name of a treatment the new draft no longer mentions. */
const nameOf = (id: string): string => TREATMENT_LIST.find((t) => t.id === id)?.name ?? id;

const withId = (ids: readonly string[], id: string): readonly string[] =>
  ids.includes(id) ? ids : [...ids, id];
const withoutId = (ids: readonly string[], id: string): readonly string[] =>
  ids.filter((x) => x !== id);

function goalRecord(goal: Goal): GoalRecord {
  return {
    id: goal.id,
    text: goal.text,
    measure: goal.measure,
    ...(goal.side === undefined ? {} : { side: goal.side }),
    ...(goal.baseline === undefined ? {} : { baseline: goal.baseline }),
    ...(goal.target === undefined ? {} : { target: goal.target }),
    ...(goal.comparator === undefined ? {} : { comparator: goal.comparator }),
    byDate: goal.byDate,
    origin: 'drafted',
  };
}

/** The basis after this difference was seen (applied or dismissed), with the new draft's version. */
function moveBasis(plan: PlanRecord, draft: PlanDraft, difference: PlanDifference): PlanRecord {
  const { items, goals } = plan.basis;
  const basis =
    difference.kind === 'add-item'
      ? { items: withId(items, difference.treatmentId), goals }
      : difference.kind === 'remove-item'
        ? { items: withoutId(items, difference.treatmentId), goals }
        : difference.kind === 'add-goal'
          ? { items, goals: withId(goals, difference.goal.id) }
          : { items, goals: withoutId(goals, difference.goalId) };
  return { ...plan, basis, kbVersion: draft.kbVersion };
}

/** Whether the plan and the new draft still call for this change (the plan may have moved on). */
function holds(plan: PlanRecord, draft: PlanDraft, difference: PlanDifference): boolean {
  switch (difference.kind) {
    case 'add-item':
      return (
        draftItems(draft).some((i) => i.treatmentId === difference.treatmentId) &&
        !plan.items.some((i) => i.treatmentId === difference.treatmentId)
      );
    case 'remove-item': {
      const item = plan.items.find((i) => i.treatmentId === difference.treatmentId);
      return (
        item !== undefined &&
        isUneditedItem(item) &&
        !draftItems(draft).some((i) => i.treatmentId === difference.treatmentId)
      );
    }
    case 'add-goal':
      return (
        draft.goals.some((g) => g.id === difference.goal.id) &&
        !plan.goals.some((g) => g.id === difference.goal.id)
      );
    case 'remove-goal':
      return (
        plan.goals.some((g) => g.id === difference.goalId && g.origin === 'drafted') &&
        !draft.goals.some((g) => g.id === difference.goalId)
      );
  }
}

/**
 * Applies one difference: a treatment goes in at the end of its tier with the new draft's dosage,
 * or an unedited drafted treatment comes out; a drafted goal is added or an unedited drafted goal
 * removed. A difference that no longer holds (the plan changed since) only moves the basis.
 */
export function applyDifference(
  plan: PlanRecord,
  draft: PlanDraft,
  difference: PlanDifference,
): PlanRecord {
  const next = moveBasis(plan, draft, difference);
  if (!holds(plan, draft, difference)) return next;
  switch (difference.kind) {
    case 'add-item': {
      const dosage =
        draftItems(draft).find((i) => i.treatmentId === difference.treatmentId)?.dosage ?? '';
      return {
        ...next,
        items: insertInTier(next.items, {
          treatmentId: difference.treatmentId,
          dosage,
          notes: '',
          origin: 'drafted',
        }),
      };
    }
    case 'remove-item':
      return { ...next, items: next.items.filter((i) => i.treatmentId !== difference.treatmentId) };
    case 'add-goal':
      return { ...next, goals: [...next.goals, goalRecord(difference.goal)] };
    case 'remove-goal':
      return { ...next, goals: next.goals.filter((g) => g.id !== difference.goalId) };
  }
}

/** Dismisses one difference: the plan stays as it is and the difference is not offered again. */
export function dismissDifference(
  plan: PlanRecord,
  draft: PlanDraft,
  difference: PlanDifference,
): PlanRecord {
  return moveBasis(plan, draft, difference);
}

/** Applies every difference the new draft offers. */
export function applyAllDifferences(plan: PlanRecord, draft: PlanDraft): PlanRecord {
  return planDifferences(plan, draft).reduce((p, d) => applyDifference(p, draft, d), plan);
}
