import { useId, useRef, type ComponentProps, type KeyboardEvent } from 'react';
import { describedBy, FieldError, FieldHint } from './field-messages';
import './choice-controls.css';

export interface RadioChoice {
  readonly value: string;
  readonly label: string;
}

type RadioInputProps = Omit<ComponentProps<'input'>, 'id' | 'type' | 'value' | 'children'>;

/** True when a key press carries a modifier: those belong to the browser and assistive tech. */
function hasModifier(event: KeyboardEvent): boolean {
  return event.altKey || event.ctrlKey || event.metaKey;
}

/**
 * A compact, labelled radiogroup of native radios (arrow keys move and select, as the browser
 * does). The group carries the invalid state and the error, which ARIA supports on radiogroup and
 * not on a single radio.
 *
 * `shortcuts` maps a letter to an option (P → positive): pressing it on any radio of the group
 * selects that option with a real click, so the form sees exactly what a mouse would do.
 */
export function RadioGroup({
  label,
  visibleLabel,
  hint,
  error,
  extraDescription,
  options,
  inputProps,
  shortcuts,
}: {
  /** The group's accessible name. */
  readonly label: string;
  /** Shorter text shown on screen when the name would repeat a visible heading (e.g. "Right"). */
  readonly visibleLabel?: string | undefined;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  /** Ids of text elsewhere that also describes this group (a hint shared by both sides). */
  readonly extraDescription?: string | undefined;
  readonly options: readonly RadioChoice[];
  readonly inputProps: RadioInputProps;
  readonly shortcuts?: Readonly<Record<string, string>> | undefined;
}) {
  const id = useId();
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const groupRef = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (shortcuts === undefined || hasModifier(event)) return;
    const value = shortcuts[event.key.toLowerCase()];
    if (value === undefined) return;
    const radios = groupRef.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    const target = [...(radios ?? [])].find((radio) => radio.value === value);
    // :disabled also covers a disabled ancestor fieldset (a signed, read-only visit).
    if (target === undefined || target.matches(':disabled')) return;
    event.preventDefault();
    target.focus();
    if (!target.checked) target.click();
  }

  return (
    <div
      ref={groupRef}
      className={`radio-group${error ? ' radio-group--invalid' : ''}`}
      role="radiogroup"
      aria-labelledby={visibleLabel === undefined ? labelId : undefined}
      aria-label={visibleLabel === undefined ? undefined : label}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(extraDescription, hint && hintId, error && errorId)}
    >
      {/* With a shorter visible label the name says it in full; hide the short one from AT. */}
      <span
        id={labelId}
        className="radio-group__label"
        aria-hidden={visibleLabel === undefined ? undefined : true}
      >
        {visibleLabel ?? label}
      </span>
      <span className="radio-group__options">
        {options.map((option) => (
          <label key={option.value} className="field__option radio-group__option">
            <input type="radio" value={option.value} {...inputProps} onKeyDown={onKeyDown} />
            {option.label}
          </label>
        ))}
      </span>
      {hint ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
      {error ? <FieldError id={errorId} message={error} /> : null}
    </div>
  );
}
