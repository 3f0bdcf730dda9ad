import { useId } from 'react';
import type { ExamItemDef, Side } from '../../../clinical/index.ts';
import { unitLabel } from '../../../data/visits/findings-form';
import { describedBy, FieldError, FieldHint } from '../../../ui/field-messages';
import {
  controlName,
  fieldPath,
  SIDE_WORDS,
  useFieldError,
  type ExamFormApi,
} from '../exam-fields';
import { SidedGroup } from './sided-group';

export type NumberSpec = Extract<ExamItemDef['value'], { readonly kind: 'number' }>;

/** "Typical 30–45°" for items with a normal range, after how to measure it if the item says. */
export function numberHint(item: ExamItemDef, spec: NumberSpec): string | undefined {
  const unit = spec.unit === 'degrees' ? '°' : ` ${unitLabel(spec.unit)}`;
  const normal = spec.normal ? `Typical ${spec.normal[0]}–${spec.normal[1]}${unit}.` : undefined;
  const parts = [item.howTo, normal].filter((part) => part !== undefined);
  return parts.length === 0 ? undefined : parts.join(' ');
}

/**
 * Which on-screen keyboard to offer. iOS numeric and decimal pads have no minus key, so items
 * that can be negative (hip extension, Thomas hip angle) keep the full keyboard.
 */
function inputModeOf(spec: NumberSpec): 'numeric' | 'decimal' | 'text' {
  if (spec.min < 0) return 'text';
  return spec.integer ? 'numeric' : 'decimal';
}

/**
 * One number control, typed as text so "12,5" and a half-typed value are kept as entered (the
 * schema parses and checks range). Its name carries side and unit: "Hip flexion, right (°)".
 */
export function NumberInput({
  form,
  item,
  spec,
  side,
  visibleLabel,
  hint,
  sharedHintId,
}: {
  readonly form: ExamFormApi;
  readonly item: ExamItemDef;
  readonly spec: NumberSpec;
  readonly side: Side | undefined;
  readonly visibleLabel: string;
  readonly hint?: string | undefined;
  readonly sharedHintId?: string | undefined;
}) {
  const id = useId();
  const path = fieldPath(item.id, side);
  const error = useFieldError(form, path);
  const name = controlName(item, side, unitLabel(spec.unit));
  return (
    <div className={`exam-number${error ? ' exam-number--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {visibleLabel}
      </label>
      {hint ? <FieldHint id={`${id}-hint`}>{hint}</FieldHint> : null}
      <input
        id={id}
        type="text"
        inputMode={inputModeOf(spec)}
        autoComplete="off"
        className="field__control exam-number__control"
        aria-label={visibleLabel === name ? undefined : name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(sharedHintId, hint && `${id}-hint`, error && `${id}-error`)}
        {...form.register(path)}
      />
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
    </div>
  );
}

/** A number item: one control, or left and right under the item's label. */
export function NumberField({
  form,
  item,
  spec,
}: {
  readonly form: ExamFormApi;
  readonly item: ExamItemDef;
  readonly spec: NumberSpec;
}) {
  const hint = numberHint(item, spec);
  if (!item.sided) {
    const name = controlName(item, undefined, unitLabel(spec.unit));
    return (
      <NumberInput
        form={form}
        item={item}
        spec={spec}
        side={undefined}
        visibleLabel={name}
        hint={hint}
      />
    );
  }
  return (
    <SidedGroup item={item} hint={hint}>
      {(side, hintId) => (
        <NumberInput
          form={form}
          item={item}
          spec={spec}
          side={side}
          visibleLabel={`${SIDE_WORDS[side]} (${unitLabel(spec.unit)})`}
          sharedHintId={hintId}
        />
      )}
    </SidedGroup>
  );
}
