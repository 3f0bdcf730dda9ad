import { useCallback, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import {
  addGoal,
  addToPlan,
  applyAllDifferences,
  applyDifference,
  differenceKey,
  dismissDifference,
  moveWithinTier,
  planDifferences,
  removeGoal,
  removeItem,
  restoreGoal,
  restoreItem,
  tierOf,
  treatmentConcerns,
  TREATMENT_LIST,
  updateGoal,
  updateItem,
} from '../../clinical/index.ts';
import type {
  ItemChange,
  MoveDirection,
  NewGoal,
  PlanContext,
  PlanDifference,
  PlanDraft,
  PlanRecord,
  RemovedGoal,
  RemovedItem,
  TreatmentFacts,
} from '../../clinical/index.ts';
import { treatmentFacts } from '../../clinical/index.ts';
import { goalDomId } from './goals-section';
import { itemDomId } from './plan-item-card';
import {
  checkPlan,
  fieldKey,
  isIsoDate,
  readTarget,
  type CheckedPlan,
  type EditorState,
} from './plan-form';
import { differenceDomId, describeDifference } from './redraft-notice';

export type UndoRemoval =
  | { readonly kind: 'item'; readonly removed: RemovedItem; readonly name: string }
  | { readonly kind: 'goal'; readonly removed: RemovedGoal; readonly number: number };

export const UNDO_BUTTON_ID = 'plan-undo';
export const TREATMENTS_HEADING_ID = 'plan-treatments-heading';

/** Focus an element the last synchronous render put on screen; a disabled one hands on to `fallback`. */
function focusById(id: string, fallback?: string): void {
  const element = document.getElementById(id);
  if (element instanceof HTMLButtonElement && element.disabled && fallback !== undefined) {
    document.getElementById(fallback)?.focus();
    return;
  }
  element?.focus();
}

const without = (raw: Readonly<Record<string, string>>, key: string) =>
  Object.fromEntries(Object.entries(raw).filter(([k]) => k !== key));

/**
 * The plan editor's state and every edit, each a pure function from the clinical core. Each edit
 * reports the checked plan to `onChange` (the page saves it when valid); moves, removals and
 * additions are announced politely and put focus where the clinician will want it next.
 */
export function usePlanEditor({
  initial,
  visitDate,
  draft,
  context,
  onChange,
}: {
  readonly initial: PlanRecord;
  readonly visitDate: string;
  readonly draft: PlanDraft;
  readonly context: PlanContext;
  readonly onChange: (checked: CheckedPlan) => void;
}) {
  const [{ state, checked }, setSnapshot] = useState(() => {
    const start: EditorState = { plan: initial, raw: {} };
    return { state: start, checked: checkPlan(start, visitDate) };
  });
  const current = useRef(state);
  const [announcement, setAnnouncement] = useState('');
  const [undo, setUndo] = useState<UndoRemoval | null>(null);
  const [selected, setSelected] = useState<readonly string[]>([]);

  /** Every treatment judged for this patient once per set of findings. */
  const facts = useMemo(
    () =>
      new Map<string, TreatmentFacts | undefined>(
        TREATMENT_LIST.map((t) => [t.id, treatmentFacts(context, t.id)]),
      ),
    [context],
  );
  const factsOf = useCallback((id: string): TreatmentFacts | undefined => facts.get(id), [facts]);
  const nameOf = useCallback((id: string) => facts.get(id)?.treatment.name ?? id, [facts]);

  const commit = useCallback(
    (next: EditorState) => {
      current.current = next;
      const result = checkPlan(next, visitDate);
      setSnapshot({ state: next, checked: result });
      onChange(result);
    },
    [onChange, visitDate],
  );
  const edit = useCallback(
    (op: (plan: PlanRecord) => PlanRecord) => {
      commit({ ...current.current, plan: op(current.current.plan) });
    },
    [commit],
  );
  const setField = useCallback(
    (key: string, text: string, value: ((plan: PlanRecord) => PlanRecord) | undefined) => {
      const { plan, raw } = current.current;
      commit(
        value === undefined
          ? { plan, raw: { ...raw, [key]: text } }
          : { plan: value(plan), raw: without(raw, key) },
      );
    },
    [commit],
  );

  const item = useMemo(
    () => ({
      move: (id: string, direction: MoveDirection) => {
        const before = current.current.plan;
        const after = moveWithinTier(before, id, direction);
        if (after === before) return;
        flushSync(() => {
          edit(() => after);
        });
        const tier = tierOf(id);
        const inTier = after.items.filter((i) => tierOf(i.treatmentId) === tier);
        const at = inTier.findIndex((i) => i.treatmentId === id) + 1;
        setAnnouncement(
          `${nameOf(id)} moved ${direction}: now ${at} of ${inTier.length} in tier ${tier ?? ''}.`,
        );
        focusById(itemDomId(id, direction), itemDomId(id, direction === 'up' ? 'down' : 'up'));
      },
      remove: (id: string) => {
        const { plan, removed } = removeItem(current.current.plan, id);
        if (removed === undefined) return;
        flushSync(() => {
          edit(() => plan);
          setUndo({ kind: 'item', removed, name: nameOf(id) });
        });
        focusById(UNDO_BUTTON_ID);
      },
      change: (id: string, change: ItemChange) => {
        edit((plan) => updateItem(plan, id, change));
      },
      toggleCompare: (id: string) => {
        setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
      },
    }),
    [edit, nameOf],
  );

  const add = useCallback(
    (id: string, overrideReason?: string) => {
      const treatment = facts.get(id)?.treatment;
      if (treatment === undefined) return;
      const result = addToPlan(current.current.plan, id, {
        concerns: treatmentConcerns(context, treatment),
        ...(overrideReason === undefined ? {} : { overrideReason }),
      });
      if (!result.ok) {
        setAnnouncement(
          result.reason === 'already-in-plan'
            ? `${treatment.name} is in the plan already.`
            : `${treatment.name} needs a written reason to be added.`,
        );
        return;
      }
      flushSync(() => {
        edit(() => result.plan);
      });
      setAnnouncement(`Added ${treatment.name} to tier ${treatment.tier}.`);
      focusById(itemDomId(id, 'heading'));
    },
    [context, edit, facts],
  );

  const undoRemoval = useCallback(() => {
    if (undo === null) return;
    flushSync(() => {
      edit((plan) =>
        undo.kind === 'item' ? restoreItem(plan, undo.removed) : restoreGoal(plan, undo.removed),
      );
      setUndo(null);
    });
    if (undo.kind === 'item') {
      setAnnouncement(`${undo.name} is back in the plan.`);
      focusById(itemDomId(undo.removed.item.treatmentId, 'remove'));
    } else {
      setAnnouncement(`Goal ${undo.number} is back.`);
      focusById(goalDomId(undo.removed.goal.id, 'text'));
    }
  }, [edit, undo]);

  const goal = useMemo(
    () => ({
      setText: (id: string, text: string) => {
        edit((plan) => updateGoal(plan, id, { text }));
      },
      setTarget: (id: string, text: string) => {
        const target = readTarget(text);
        setField(
          fieldKey.goalTarget(id),
          text,
          target.ok ? (plan) => updateGoal(plan, id, { target: target.value }) : undefined,
        );
      },
      setDate: (id: string, text: string) => {
        setField(
          fieldKey.goalDate(id),
          text,
          isIsoDate(text) ? (plan) => updateGoal(plan, id, { byDate: text }) : undefined,
        );
      },
      remove: (id: string) => {
        const number = current.current.plan.goals.findIndex((g) => g.id === id) + 1;
        const { plan, removed } = removeGoal(current.current.plan, id);
        if (removed === undefined) return;
        flushSync(() => {
          edit(() => plan);
          setUndo({ kind: 'goal', removed, number });
        });
        focusById(UNDO_BUTTON_ID);
      },
      add: (newGoal: NewGoal) => {
        const next = addGoal(current.current.plan, newGoal);
        flushSync(() => {
          edit(() => next);
        });
        const added = next.goals[next.goals.length - 1];
        setAnnouncement(`Goal ${next.goals.length} added.`);
        if (added !== undefined) focusById(goalDomId(added.id, 'text'));
      },
    }),
    [edit, setField],
  );

  const setReviewDate = useCallback(
    (text: string) => {
      setField(
        fieldKey.reviewDate,
        text,
        isIsoDate(text) ? (plan) => ({ ...plan, reviewDate: text }) : undefined,
      );
    },
    [setField],
  );
  const setNotes = useCallback(
    (notes: string) => {
      edit((plan) => ({ ...plan, notes }));
    },
    [edit],
  );

  const differences = useMemo(() => planDifferences(state.plan, draft), [state.plan, draft]);
  /** After one difference is settled, focus goes to the next one's button, or to the treatments. */
  const settle = useCallback(
    (difference: PlanDifference, op: typeof applyDifference, verb: string) => {
      const before = planDifferences(current.current.plan, draft);
      const index = before.findIndex((d) => differenceKey(d) === differenceKey(difference));
      const next = op(current.current.plan, draft, difference);
      flushSync(() => {
        edit(() => next);
      });
      setAnnouncement(`${verb}: ${describeDifference(difference)}.`);
      const left = planDifferences(next, draft);
      const focus = left[Math.min(index, left.length - 1)];
      focusById(focus === undefined ? TREATMENTS_HEADING_ID : differenceDomId(focus, 'apply'));
    },
    [draft, edit],
  );
  const redraft = useMemo(
    () => ({
      apply: (d: PlanDifference) => {
        settle(d, applyDifference, 'Applied');
      },
      dismiss: (d: PlanDifference) => {
        settle(d, dismissDifference, 'Dismissed');
      },
      applyAll: () => {
        const count = planDifferences(current.current.plan, draft).length;
        flushSync(() => {
          edit((plan) => applyAllDifferences(plan, draft));
        });
        setAnnouncement(`Applied ${count} changes from the new draft.`);
        focusById(TREATMENTS_HEADING_ID);
      },
    }),
    [draft, edit, settle],
  );

  const inPlan = useMemo(
    () => new Set(state.plan.items.map((i) => i.treatmentId)),
    [state.plan.items],
  );
  return {
    state,
    checked,
    facts: factsOf,
    inPlan,
    differences,
    announcement,
    undo,
    undoRemoval,
    selected: selected.filter((id) => inPlan.has(id)),
    item,
    add,
    goal,
    redraft,
    setReviewDate,
    setNotes,
  };
}
