import { useId } from 'react';
import type { ExamItemDef, Side } from '../../../clinical/index.ts';
import { RadioGroup, type RadioChoice } from '../../../ui/radio-group';
import {
  controlName,
  fieldPath,
  registerChoice,
  SIDES,
  SIDE_WORDS,
  useFieldError,
  type ExamFormApi,
} from '../exam-fields';
import { TestDetails } from './detail-field';
import { HowTo } from './how-to';

const RESULTS: readonly RadioChoice[] = [
  { value: 'positive', label: 'Positive' },
  { value: 'negative', label: 'Negative' },
  { value: 'not-tested', label: 'Not tested' },
];

/** P, N and T set the result from any radio of the group (documented in the exam's key hint). */
export const RESULT_KEYS: Readonly<Record<string, string>> = {
  p: 'positive',
  n: 'negative',
  t: 'not-tested',
};

function TestSide({
  form,
  item,
  details,
  side,
}: {
  readonly form: ExamFormApi;
  readonly item: ExamItemDef;
  readonly details: readonly ExamItemDef[];
  readonly side: Side | undefined;
}) {
  const path = fieldPath(item.id, side);
  const error = useFieldError(form, path);
  return (
    <div className="exam-test__side" data-side={side}>
      <RadioGroup
        label={controlName(item, side)}
        visibleLabel={side === undefined ? 'Result' : SIDE_WORDS[side]}
        error={error}
        options={RESULTS}
        inputProps={registerChoice(form, path)}
        shortcuts={RESULT_KEYS}
      />
      {details.length > 0 ? (
        <TestDetails form={form} path={path} details={details} side={side} />
      ) : null}
    </div>
  );
}

/**
 * A special test: its name, how to perform it on demand, and a result per side (or one result
 * for unsided tests), each with its details once positive.
 */
export function TestField({
  form,
  item,
  details,
}: {
  readonly form: ExamFormApi;
  readonly item: ExamItemDef;
  readonly details: readonly ExamItemDef[];
}) {
  const titleId = useId();
  return (
    <div role="group" aria-labelledby={titleId} className="exam-test">
      <p id={titleId} className="exam-item__title">
        {item.label}
      </p>
      <HowTo item={item} />
      {item.sided ? (
        SIDES.map((side) => (
          <TestSide key={side} form={form} item={item} details={details} side={side} />
        ))
      ) : (
        <TestSide form={form} item={item} details={details} side={undefined} />
      )}
    </div>
  );
}
