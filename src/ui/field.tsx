import { useId, type ComponentProps, type ReactNode } from 'react';

interface FieldChrome {
  /** Visible label, and the control's accessible name. Put units here: "Hip flexion, left (°)". */
  readonly label: string;
  readonly hint?: string | undefined;
  /** The validation message; when set, the control is marked invalid and described by it. */
  readonly error?: string | undefined;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}

function FieldMessages({
  hintId,
  errorId,
  hint,
  error,
}: { hintId: string; errorId: string } & Omit<FieldChrome, 'label'>) {
  return (
    <>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          {/* The word, not only the red colour, says this is an error. */}
          <span className="field__error-prefix">Error:</span> {error}
        </p>
      ) : null}
    </>
  );
}

type InputProps = Omit<
  ComponentProps<'input'>,
  'id' | 'aria-invalid' | 'aria-describedby' | 'children'
>;

/** A labelled input with hint and error wired by id (`aria-describedby`, `aria-invalid`). */
export function TextField({
  label,
  hint,
  error,
  className,
  ...inputProps
}: FieldChrome & InputProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages hintId={hintId} errorId={errorId} hint={hint} error={error} />
      <input
        id={id}
        className="field__control"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId, error && errorId)}
        {...inputProps}
      />
    </div>
  );
}

type TextAreaProps = Omit<
  ComponentProps<'textarea'>,
  'id' | 'aria-invalid' | 'aria-describedby' | 'children'
>;

export function TextAreaField({
  label,
  hint,
  error,
  className,
  ...textareaProps
}: FieldChrome & TextAreaProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages hintId={hintId} errorId={errorId} hint={hint} error={error} />
      <textarea
        id={id}
        className="field__control"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId, error && errorId)}
        {...textareaProps}
      />
    </div>
  );
}

export interface RadioOption {
  readonly value: string;
  readonly label: string;
}

type RadioInputProps = Omit<ComponentProps<'input'>, 'id' | 'type' | 'value' | 'children'>;

/**
 * Radios in a labelled radiogroup. The group carries the invalid state and the error (ARIA
 * supports aria-invalid on radiogroup, not on a single radio), so it is announced on entering.
 */
export function RadioGroupField({
  label,
  hint,
  error,
  options,
  inputProps,
}: FieldChrome & {
  readonly options: readonly RadioOption[];
  readonly inputProps: RadioInputProps;
}): ReactNode {
  const id = useId();
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div
      className={`field field--group${error ? ' field--invalid' : ''}`}
      role="radiogroup"
      aria-labelledby={labelId}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(hint && hintId, error && errorId)}
    >
      <p id={labelId} className="field__label">
        {label}
      </p>
      <FieldMessages hintId={hintId} errorId={errorId} hint={hint} error={error} />
      <div className="field__options">
        {options.map((option) => (
          <label key={option.value} className="field__option">
            <input type="radio" value={option.value} {...inputProps} /> {option.label}
          </label>
        ))}
      </div>
    </div>
  );
}
