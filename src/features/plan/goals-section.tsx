import type { ReactNode } from 'react';
import type { GoalRecord, NewGoal } from '../../clinical/index.ts';
import { NewGoalForm } from './new-goal-form';
import { PlanInput, PlanTextArea } from './plan-fields';
import { fieldKey, goalMeasure, measureLabel } from './plan-form';

/** What the goals section can do; raw text is what is typed into a number or date field. */
export interface GoalActions {
  readonly setText: (goalId: string, text: string) => void;
  readonly setTarget: (goalId: string, text: string) => void;
  readonly setDate: (goalId: string, text: string) => void;
  readonly remove: (goalId: string) => void;
  readonly add: (goal: NewGoal) => void;
}

export const goalDomId = (goalId: string, part: 'remove' | 'text') => `plan-goal-${goalId}-${part}`;

function measured(goal: GoalRecord): string | undefined {
  const label = measureLabel(goal.measure);
  if (label === undefined) return undefined;
  const unit = goalMeasure(goal.measure)?.unit;
  const side = goal.side === undefined ? '' : `, ${goal.side}`;
  const now = goal.baseline === undefined ? '' : `; at this visit ${goal.baseline}`;
  return `${label}${side}${unit === undefined ? '' : ` (${unit})`}${now}`;
}

function GoalEditor({
  goal,
  number,
  raw,
  errors,
  readOnly,
  actions,
}: {
  readonly goal: GoalRecord;
  readonly number: number;
  readonly raw: Readonly<Record<string, string>>;
  readonly errors: ReadonlyMap<string, string>;
  readonly readOnly: boolean;
  readonly actions: GoalActions;
}) {
  const context = `goal ${number}`;
  const measure = goalMeasure(goal.measure);
  const targetKey = fieldKey.goalTarget(goal.id);
  const dateKey = fieldKey.goalDate(goal.id);
  const how = measured(goal);
  const comparator = goal.comparator === 'at-least' ? 'at least' : 'at most';
  return (
    <li className="plan-goal">
      <fieldset className="plan-goal__fields">
        <legend className="plan-goal__legend">
          Goal {number}{' '}
          <span className="badge">{goal.origin === 'drafted' ? 'Drafted' : 'Yours'}</span>
        </legend>
        <PlanTextArea
          id={goalDomId(goal.id, 'text')}
          label="Goal"
          context={context}
          rows={2}
          value={goal.text}
          readOnly={readOnly}
          error={errors.get(fieldKey.goalText(goal.id))}
          onChange={(e) => {
            actions.setText(goal.id, e.target.value);
          }}
        />
        {how === undefined ? null : <p className="plan-goal__measure">Measured with: {how}</p>}
        <div className="plan-goal__row">
          {measure === undefined ? null : (
            <PlanInput
              label={`Target, ${comparator} (${measure.unit})`}
              context={context}
              inputMode="decimal"
              className="field--narrow"
              value={raw[targetKey] ?? (goal.target === undefined ? '' : String(goal.target))}
              readOnly={readOnly}
              error={errors.get(targetKey)}
              onChange={(e) => {
                actions.setTarget(goal.id, e.target.value);
              }}
            />
          )}
          <PlanInput
            label="By"
            context={context}
            type="date"
            value={raw[dateKey] ?? goal.byDate}
            readOnly={readOnly}
            error={errors.get(dateKey)}
            onChange={(e) => {
              actions.setDate(goal.id, e.target.value);
            }}
          />
        </div>
        {readOnly ? null : (
          <button
            type="button"
            id={goalDomId(goal.id, 'remove')}
            className="button button--danger-quiet"
            onClick={() => {
              actions.remove(goal.id);
            }}
          >
            Remove goal {number}
          </button>
        )}
      </fieldset>
    </li>
  );
}

/** Specific, measurable goals (measure, target, by when), edited in place, and a form to add one. */
export function GoalsSection({
  goals,
  raw,
  errors,
  readOnly,
  visitDate,
  reviewDate,
  actions,
  undoNotice,
}: {
  readonly goals: readonly GoalRecord[];
  readonly raw: Readonly<Record<string, string>>;
  readonly errors: ReadonlyMap<string, string>;
  readonly readOnly: boolean;
  readonly visitDate: string;
  readonly reviewDate: string;
  readonly actions: GoalActions;
  /** "Removed goal n" with its undo button, after the list. */
  readonly undoNotice: ReactNode;
}) {
  return (
    <section className="plan-section" aria-labelledby="plan-goals-heading">
      <h2 id="plan-goals-heading" tabIndex={-1}>
        Goals
      </h2>
      {goals.length === 0 ? <p>No goals yet.</p> : null}
      <ol className="plan-goals">
        {goals.map((goal, index) => (
          <GoalEditor
            key={goal.id}
            goal={goal}
            number={index + 1}
            raw={raw}
            errors={errors}
            readOnly={readOnly}
            actions={actions}
          />
        ))}
      </ol>
      {undoNotice}
      {readOnly ? null : (
        <NewGoalForm visitDate={visitDate} defaultDate={reviewDate} onAdd={actions.add} />
      )}
    </section>
  );
}
