import { useController } from 'react-hook-form';
import type { ExamItemDef, Side } from '../../../clinical/index.ts';
import { CheckboxField } from '../../../ui/checkbox-field';
import { controlName, fieldPath, SIDE_WORDS, type ExamFormApi } from '../exam-fields';
import { SidedGroup } from './sided-group';

/**
 * One checkbox: ticked is present. Sided ones show "Left" and are named "Iliacus tender, left".
 *
 * Controlled on purpose: a registered checkbox reads the DOM on mount and records every untouched
 * box as false ("absent"), which the engine would count as evidence. Here an untouched box stays
 * undefined (not recorded) and only the clinician's own tick or untick records a value.
 */
export function YesNoInput({
  form,
  item,
  side,
  visibleLabel,
  hint,
  sharedHintId,
}: {
  readonly form: ExamFormApi;
  readonly item: ExamItemDef;
  readonly side: Side | undefined;
  readonly visibleLabel: string;
  readonly hint?: string | undefined;
  readonly sharedHintId?: string | undefined;
}) {
  const { field, fieldState } = useController({
    control: form.control,
    name: fieldPath(item.id, side),
  });
  const name = controlName(item, side);
  return (
    <CheckboxField
      label={visibleLabel}
      hint={hint}
      error={fieldState.error?.message}
      extraDescription={sharedHintId}
      // An untick after a tick records "absent", which the engine counts: say so, in words.
      status={field.value === false ? 'recorded as no' : undefined}
      inputProps={{
        name: field.name,
        ref: field.ref,
        checked: field.value === true,
        onChange: (event) => {
          field.onChange(event.target.checked);
        },
        onBlur: field.onBlur,
        'aria-label': visibleLabel === name ? undefined : name,
      }}
    />
  );
}

/** A yes/no item (history, red-flag screen, palpation): one checkbox, or left and right. */
export function YesNoField({
  form,
  item,
}: {
  readonly form: ExamFormApi;
  readonly item: ExamItemDef;
}) {
  if (!item.sided)
    return (
      <YesNoInput
        form={form}
        item={item}
        side={undefined}
        visibleLabel={item.label}
        hint={item.howTo}
      />
    );
  return (
    <SidedGroup item={item} hint={item.howTo}>
      {(side, hintId) => (
        <YesNoInput
          form={form}
          item={item}
          side={side}
          visibleLabel={SIDE_WORDS[side]}
          sharedHintId={hintId}
        />
      )}
    </SidedGroup>
  );
}
