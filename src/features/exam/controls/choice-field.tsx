import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import type { ChoiceOption, ExamItemDef, Side } from '../../../clinical/index.ts';
import { describedBy, FieldError, FieldHint } from '../../../ui/field-messages';
import { RadioGroup } from '../../../ui/radio-group';
import {
  controlName,
  fieldPath,
  registerChoice,
  SIDE_WORDS,
  useFieldError,
  type ExamFormApi,
} from '../exam-fields';
import { SidedGroup } from './sided-group';

/** Up to this many options read best as radios; longer lists become a select. */
const MAX_RADIOS = 5;

/**
 * Radios cannot be unchecked, so a chosen value gets a "Clear" button back to not recorded.
 * It watches only its own path, so it re-renders only when this choice changes.
 */
function ClearChoice({
  form,
  path,
  name,
}: {
  readonly form: ExamFormApi;
  readonly path: string;
  readonly name: string;
}) {
  const value = useWatch({ control: form.control, name: path });
  if (value === undefined || value === '') return null;
  return (
    <button
      type="button"
      className="button button--quiet exam-clear"
      aria-label={`Clear ${name}`}
      onClick={() => {
        form.setValue(path, '', { shouldDirty: true, shouldTouch: true, shouldValidate: true });
      }}
    >
      Clear
    </button>
  );
}

/** One choice control: a radiogroup (or a select for long lists) named by label and side. */
export function ChoiceInput({
  form,
  item,
  options,
  side,
  visibleLabel,
  hint,
  sharedHintId,
}: {
  readonly form: ExamFormApi;
  readonly item: ExamItemDef;
  readonly options: readonly ChoiceOption[];
  readonly side: Side | undefined;
  readonly visibleLabel?: string | undefined;
  readonly hint?: string | undefined;
  readonly sharedHintId?: string | undefined;
}) {
  const id = useId();
  const path = fieldPath(item.id, side);
  const error = useFieldError(form, path);
  const name = controlName(item, side);
  if (options.length > MAX_RADIOS) {
    return (
      <div className={`exam-select${error ? ' exam-select--invalid' : ''}`}>
        <label htmlFor={id} className="field__label">
          {visibleLabel ?? name}
        </label>
        {hint ? <FieldHint id={`${id}-hint`}>{hint}</FieldHint> : null}
        <select
          id={id}
          className="field__control"
          aria-label={visibleLabel === undefined ? undefined : name}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(sharedHintId, hint && `${id}-hint`, error && `${id}-error`)}
          {...form.register(path)}
        >
          <option value="">Not recorded</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {error ? <FieldError id={`${id}-error`} message={error} /> : null}
      </div>
    );
  }
  return (
    <div className="exam-choice">
      <RadioGroup
        label={name}
        visibleLabel={visibleLabel}
        hint={hint}
        error={error}
        extraDescription={sharedHintId}
        options={options}
        inputProps={registerChoice(form, path)}
      />
      <ClearChoice form={form} path={path} name={name} />
    </div>
  );
}

/** A choice item (onset, symptomatic side, reflexes): one control, or left and right. */
export function ChoiceField({
  form,
  item,
  options,
}: {
  readonly form: ExamFormApi;
  readonly item: ExamItemDef;
  readonly options: readonly ChoiceOption[];
}) {
  if (!item.sided)
    return (
      <ChoiceInput form={form} item={item} options={options} side={undefined} hint={item.howTo} />
    );
  return (
    <SidedGroup item={item} hint={item.howTo}>
      {(side, hintId) => (
        <ChoiceInput
          form={form}
          item={item}
          options={options}
          side={side}
          visibleLabel={SIDE_WORDS[side]}
          sharedHintId={hintId}
        />
      )}
    </SidedGroup>
  );
}
