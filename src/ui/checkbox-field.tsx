import { useId, type ComponentProps } from 'react';
import { describedBy, FieldError, FieldHint } from './field-messages';
import './choice-controls.css';

type CheckboxInputProps = Omit<
  ComponentProps<'input'>,
  'id' | 'type' | 'aria-invalid' | 'aria-describedby' | 'children'
>;

/**
 * One labelled checkbox with an optional hint and error. The visible label is the accessible
 * name unless `inputProps['aria-label']` says more than fits on screen (e.g. "Iliacus tender,
 * left" beside a visible "Left").
 */
export function CheckboxField({
  label,
  hint,
  error,
  extraDescription,
  status,
  inputProps,
}: {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  /** Ids of text elsewhere that also describes this checkbox (a shared hint). */
  readonly extraDescription?: string | undefined;
  /** A short state shown after the label and read with it, e.g. "recorded as no". */
  readonly status?: string | undefined;
  readonly inputProps: CheckboxInputProps;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const statusId = `${id}-status`;
  return (
    <div className={`checkbox-field${error ? ' checkbox-field--invalid' : ''}`}>
      <label className="field__option" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(
            extraDescription,
            status && statusId,
            hint && hintId,
            error && errorId,
          )}
          {...inputProps}
        />
        {label}
      </label>
      {status ? (
        <span id={statusId} className="checkbox-field__status">
          {status}
        </span>
      ) : null}
      {hint ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
      {error ? <FieldError id={errorId} message={error} /> : null}
    </div>
  );
}
