import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { EXAM_ITEMS } from '../../clinical/index.ts';
import type { NewGoal } from '../../clinical/index.ts';
import { goalSchema } from '../../data/visits/plan.schema';
import { formatDate } from '../../lib/dates';
import { PlanInput, PlanTextArea } from './plan-fields';
import { goalMeasure, readTarget } from './plan-form';

/** Measures a clinician can set a goal on, and which way is better. */
const GOAL_MEASURES: readonly { readonly id: string; readonly better: 'at-most' | 'at-least' }[] = [
  { id: 'pain-now', better: 'at-most' },
  { id: 'pain-worst', better: 'at-most' },
  { id: 'thomas-hip-angle', better: 'at-most' },
  { id: 'hip-flexion-rom', better: 'at-least' },
  { id: 'hip-extension-rom', better: 'at-least' },
  { id: 'hip-ir-rom', better: 'at-least' },
  { id: 'hip-er-rom', better: 'at-least' },
  { id: 'hip-flexion-strength', better: 'at-least' },
  { id: 'hip-extension-strength', better: 'at-least' },
  { id: 'hip-abduction-strength', better: 'at-least' },
  { id: 'sitting-hours', better: 'at-most' },
];
const SIDED: ReadonlySet<string> = new Set(EXAM_ITEMS.filter((i) => i.sided).map((i) => i.id));

function newGoalSchema(visitDate: string) {
  return z
    .strictObject({
      text: goalSchema.shape.text,
      byDate: goalSchema.shape.byDate.refine((d) => d >= visitDate, {
        error: `The goal's date cannot be before the visit (${formatDate(visitDate)})`,
      }),
      measure: z.string(),
      side: z.enum(['', 'left', 'right']),
      target: z.string(),
    })
    .superRefine((goal, ctx) => {
      const measure = goalMeasure(goal.measure);
      if (measure === undefined) return;
      if (SIDED.has(goal.measure) && goal.side === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['side'],
          message: 'Choose the side it is measured on',
        });
      }
      const target = readTarget(goal.target);
      if (!target.ok || target.value === undefined) {
        ctx.addIssue({ code: 'custom', path: ['target'], message: 'Enter the target as a number' });
      } else if (target.value < measure.min || target.value > measure.max) {
        ctx.addIssue({
          code: 'custom',
          path: ['target'],
          message: `Enter a target from ${measure.min} to ${measure.max} (${measure.unit})`,
        });
      }
    });
}
type NewGoalValues = z.infer<ReturnType<typeof newGoalSchema>>;

function toGoal(values: NewGoalValues): NewGoal {
  const spec = GOAL_MEASURES.find((m) => m.id === values.measure);
  const target = readTarget(values.target);
  if (spec === undefined || !target.ok || target.value === undefined) {
    return { text: values.text, byDate: values.byDate };
  }
  return {
    text: values.text,
    byDate: values.byDate,
    measure: spec.id,
    ...(values.side === '' ? {} : { side: values.side }),
    target: target.value,
    comparator: spec.better,
  };
}

/**
 * The clinician's own goal: what (in words), by when, and optionally the exam measure and target
 * that show it was met, so progress can be charted. Checked before it joins the plan.
 */
export function NewGoalForm({
  visitDate,
  defaultDate,
  onAdd,
}: {
  readonly visitDate: string;
  readonly defaultDate: string;
  readonly onAdd: (goal: NewGoal) => void;
}) {
  const headingId = useId();
  const { register, handleSubmit, formState, control, reset } = useForm<NewGoalValues>({
    resolver: zodResolver(newGoalSchema(visitDate)),
    defaultValues: { text: '', byDate: defaultDate, measure: '', side: '', target: '' },
  });
  const measure = useWatch({ control, name: 'measure' });
  const spec = goalMeasure(measure);
  const { errors } = formState;
  return (
    <form
      className="plan-goal-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        void handleSubmit((values) => {
          onAdd(toGoal(values));
          reset({ text: '', byDate: defaultDate, measure: '', side: '', target: '' });
        })(event);
      }}
    >
      <h3 id={headingId}>Add a goal</h3>
      <PlanTextArea
        label="New goal"
        hint="Specific and measurable: what, how much, by when."
        rows={2}
        error={errors.text?.message}
        {...register('text')}
      />
      <div className="plan-goal-form__row">
        <PlanInput label="By" type="date" error={errors.byDate?.message} {...register('byDate')} />
        <div className="field">
          <label className="field__label" htmlFor={`${headingId}-measure`}>
            Measured with (optional)
          </label>
          <select id={`${headingId}-measure`} className="field__control" {...register('measure')}>
            <option value="">Not an exam measure</option>
            {GOAL_MEASURES.map((m) => (
              <option key={m.id} value={m.id}>
                {goalMeasure(m.id)?.label ?? m.id}
              </option>
            ))}
          </select>
        </div>
        {spec !== undefined && SIDED.has(measure) ? (
          <div className="field">
            <label className="field__label" htmlFor={`${headingId}-side`}>
              Side
            </label>
            <select
              id={`${headingId}-side`}
              className="field__control"
              aria-invalid={errors.side ? true : undefined}
              aria-describedby={errors.side ? `${headingId}-side-error` : undefined}
              {...register('side')}
            >
              <option value="">Choose…</option>
              <option value="left">Left</option>
              <option value="right">Right</option>
            </select>
            {errors.side?.message ? (
              <p id={`${headingId}-side-error`} className="field__error">
                <span className="field__error-prefix">Error:</span> {errors.side.message}
              </p>
            ) : null}
          </div>
        ) : null}
        {spec === undefined ? null : (
          <PlanInput
            label={`Target, ${GOAL_MEASURES.find((m) => m.id === measure)?.better === 'at-most' ? 'at most' : 'at least'} (${spec.unit})`}
            inputMode="decimal"
            className="field--narrow"
            error={errors.target?.message}
            {...register('target')}
          />
        )}
      </div>
      <button type="submit" className="button">
        Add goal
      </button>
    </form>
  );
}
