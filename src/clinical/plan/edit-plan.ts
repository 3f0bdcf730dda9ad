import type { GoalRecord, PlanItemRecord, PlanRecord } from './plan-record.ts';
import { tierOf } from './plan-record.ts';

/**
 * The clinician's edits to a kept plan, as pure functions from plan to plan. The editor on screen
 * calls these; nothing here reads the clock or the knowledge base's version.
 */

export type MoveDirection = 'up' | 'down';

/**
 * The index of the nearest item of the same tier above (or below) `index`, or undefined at the
 * tier's edge. An item whose treatment this knowledge base does not know has no tier and does not
 * move.
 */
export function tierNeighbour(
  items: readonly PlanItemRecord[],
  index: number,
  direction: MoveDirection,
): number | undefined {
  const item = items[index];
  const tier = item === undefined ? undefined : tierOf(item.treatmentId);
  if (tier === undefined) return undefined;
  const step = direction === 'up' ? -1 : 1;
  for (let at = index + step; at >= 0 && at < items.length; at += step) {
    const other = items[at];
    if (other !== undefined && tierOf(other.treatmentId) === tier) return at;
  }
  return undefined;
}

/**
 * Swaps a treatment with its neighbour in the same tier (the plan's order within a tier is the
 * order the clinician wants it done or printed). At the edge of its tier nothing changes.
 */
export function moveWithinTier(
  plan: PlanRecord,
  treatmentId: string,
  direction: MoveDirection,
): PlanRecord {
  const index = plan.items.findIndex((i) => i.treatmentId === treatmentId);
  const target = tierNeighbour(plan.items, index, direction);
  const a = plan.items[index];
  const b = target === undefined ? undefined : plan.items[target];
  if (target === undefined || a === undefined || b === undefined) return plan;
  const items = [...plan.items];
  items[index] = b;
  items[target] = a;
  return { ...plan, items };
}

/** A removed item and where it stood, so the removal can be undone. */
export interface RemovedItem {
  readonly item: PlanItemRecord;
  readonly index: number;
}

/** Takes a treatment out of the plan; `removed` is undefined when it was not in the plan. */
export function removeItem(
  plan: PlanRecord,
  treatmentId: string,
): { readonly plan: PlanRecord; readonly removed: RemovedItem | undefined } {
  const index = plan.items.findIndex((i) => i.treatmentId === treatmentId);
  const item = plan.items[index];
  if (item === undefined) return { plan, removed: undefined };
  return {
    plan: { ...plan, items: plan.items.filter((_, at) => at !== index) },
    removed: { item, index },
  };
}

/** Inserts an item at the end of its tier (unknown treatments go last). */
export function insertInTier(
  items: readonly PlanItemRecord[],
  item: PlanItemRecord,
): readonly PlanItemRecord[] {
  const tier = tierOf(item.treatmentId) ?? Number.POSITIVE_INFINITY;
  const at = items.reduce(
    (end, existing, index) => ((tierOf(existing.treatmentId) ?? 0) <= tier ? index + 1 : end),
    0,
  );
  return [...items.slice(0, at), item, ...items.slice(at)];
}

function tiersInOrder(items: readonly PlanItemRecord[]): boolean {
  const tiers = items.map((i) => tierOf(i.treatmentId)).filter((t) => t !== undefined);
  return tiers.every((t, at) => at === 0 || (tiers[at - 1] ?? 0) <= t);
}

/**
 * Undoes a removal: the item goes back where it stood when that keeps the tiers in order (other
 * edits may have happened since), otherwise at the end of its tier. Nothing happens if the
 * treatment is in the plan again already.
 */
export function restoreItem(plan: PlanRecord, removed: RemovedItem): PlanRecord {
  if (plan.items.some((i) => i.treatmentId === removed.item.treatmentId)) return plan;
  const at = Math.min(removed.index, plan.items.length);
  const inPlace = [...plan.items.slice(0, at), removed.item, ...plan.items.slice(at)];
  return {
    ...plan,
    items: tiersInOrder(inPlace) ? inPlace : insertInTier(plan.items, removed.item),
  };
}

/** The parts of a plan item the clinician edits in place. */
export type ItemChange = Partial<Pick<PlanItemRecord, 'dosage' | 'notes'>> & {
  /** A reason to keep a treatment that is contraindicated for this patient; '' clears it. */
  readonly overrideReason?: string;
};

/** Changes a plan item's dosage, notes or override reason. */
export function updateItem(plan: PlanRecord, treatmentId: string, change: ItemChange): PlanRecord {
  return {
    ...plan,
    items: plan.items.map((item): PlanItemRecord => {
      if (item.treatmentId !== treatmentId) return item;
      const next: PlanItemRecord = {
        treatmentId: item.treatmentId,
        dosage: change.dosage ?? item.dosage,
        notes: change.notes ?? item.notes,
        origin: item.origin,
      };
      const reason = change.overrideReason;
      const override =
        reason === undefined ? item.override : reason === '' ? undefined : { reason };
      return override === undefined ? next : { ...next, override };
    }),
  };
}

/** The parts of a goal the clinician edits. `target: undefined` clears the target. */
export type GoalChange = Partial<Pick<GoalRecord, 'text' | 'byDate'>> & {
  readonly target?: number | undefined;
};

/**
 * Edits a goal. An edited goal becomes the clinician's own (origin 'added'), so a later redraft
 * never takes it away. Changing the date also changes that date where the goal's text states it,
 * so the goal does not say one date and mean another.
 */
export function updateGoal(plan: PlanRecord, goalId: string, change: GoalChange): PlanRecord {
  return {
    ...plan,
    goals: plan.goals.map((goal): GoalRecord => {
      if (goal.id !== goalId) return goal;
      const byDate = change.byDate ?? goal.byDate;
      const text =
        change.text ??
        (byDate === goal.byDate ? goal.text : goal.text.split(goal.byDate).join(byDate));
      const target = 'target' in change ? change.target : goal.target;
      return {
        id: goal.id,
        text,
        ...(goal.measure === undefined ? {} : { measure: goal.measure }),
        ...(goal.side === undefined ? {} : { side: goal.side }),
        ...(goal.baseline === undefined ? {} : { baseline: goal.baseline }),
        ...(target === undefined ? {} : { target }),
        ...(goal.comparator === undefined ? {} : { comparator: goal.comparator }),
        byDate,
        origin: 'added',
      };
    }),
  };
}

/** A goal the clinician writes: its id and origin are given here. */
export type NewGoal = Omit<GoalRecord, 'id' | 'origin'>;

/** Adds the clinician's own goal at the end, with an id no other goal in the plan has. */
export function addGoal(plan: PlanRecord, goal: NewGoal): PlanRecord {
  const taken = new Set(plan.goals.map((g) => g.id));
  let n = plan.goals.length + 1;
  while (taken.has(`goal-${n}`)) n += 1;
  return { ...plan, goals: [...plan.goals, { ...goal, id: `goal-${n}`, origin: 'added' }] };
}

/** A removed goal and where it stood. */
export interface RemovedGoal {
  readonly goal: GoalRecord;
  readonly index: number;
}

export function removeGoal(
  plan: PlanRecord,
  goalId: string,
): { readonly plan: PlanRecord; readonly removed: RemovedGoal | undefined } {
  const index = plan.goals.findIndex((g) => g.id === goalId);
  const goal = plan.goals[index];
  if (goal === undefined) return { plan, removed: undefined };
  return {
    plan: { ...plan, goals: plan.goals.filter((_, at) => at !== index) },
    removed: { goal, index },
  };
}

/** Undoes a goal's removal, in its old place (or last); nothing if a goal with its id is back. */
export function restoreGoal(plan: PlanRecord, removed: RemovedGoal): PlanRecord {
  if (plan.goals.some((g) => g.id === removed.goal.id)) return plan;
  const at = Math.min(removed.index, plan.goals.length);
  return { ...plan, goals: [...plan.goals.slice(0, at), removed.goal, ...plan.goals.slice(at)] };
}
