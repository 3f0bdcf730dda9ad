import { useId, type ComponentProps, type ReactNode } from 'react';

interface Chrome {
  /** The visible label. */
  readonly label: string;
  /** Said to screen readers after the label, so that each "Dosage" names its treatment. */
  readonly context?: string | undefined;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
}

function Label({
  htmlFor,
  label,
  context,
}: { htmlFor: string } & Pick<Chrome, 'label' | 'context'>) {
  return (
    <label className="field__label" htmlFor={htmlFor}>
      {label}
      {context ? (
        <>
          {' '}
          <span className="visually-hidden">({context})</span>
        </>
      ) : null}
    </label>
  );
}

function Messages({ id, hint, error }: { readonly id: string } & Pick<Chrome, 'hint' | 'error'>) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          <span className="field__error-prefix">Error:</span> {error}
        </p>
      ) : null}
    </>
  );
}

const describedBy = (id: string, { hint, error }: Pick<Chrome, 'hint' | 'error'>) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** What every plan control carries: its id, class and the ARIA that ties it to its messages. */
interface ControlAttributes {
  readonly id: string;
  readonly className: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

/** The label, hint and error around one control, which `control` renders. */
function PlanField({
  id: givenId,
  label,
  context,
  hint,
  error,
  className,
  control,
}: Chrome & {
  readonly id: string | undefined;
  readonly className: string | undefined;
  readonly control: (attributes: ControlAttributes) => ReactNode;
}) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <Label htmlFor={id} label={label} context={context} />
      <Messages id={id} hint={hint} error={error} />
      {control({
        id,
        className: 'field__control',
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy(id, { hint, error }),
      })}
    </div>
  );
}

type TextAreaProps = Omit<ComponentProps<'textarea'>, 'aria-invalid' | 'aria-describedby'>;

/**
 * A labelled text area for the plan, like ui/field's, with a screen-reader context after the
 * visible label ("Dosage (Kneeling Hip Flexor Stretch)") and its error at the field.
 */
export function PlanTextArea({
  id,
  label,
  context,
  hint,
  error,
  className,
  ...props
}: Chrome & TextAreaProps) {
  return (
    <PlanField
      {...{ id, label, context, hint, error, className }}
      control={(attributes) => <textarea {...attributes} {...props} />}
    />
  );
}

type InputProps = Omit<ComponentProps<'input'>, 'aria-invalid' | 'aria-describedby'>;

/** A labelled one-line input for the plan, as PlanTextArea. */
export function PlanInput({
  id,
  label,
  context,
  hint,
  error,
  className,
  ...props
}: Chrome & InputProps) {
  return (
    <PlanField
      {...{ id, label, context, hint, error, className }}
      control={(attributes) => <input {...attributes} {...props} />}
    />
  );
}
