/**
 * Hint and error lines shared by the choice primitives (radio group, checkbox). Each has an id so
 * the control can point at it with aria-describedby; the error says "Error:" in words, never by
 * colour alone.
 */

/** Joins the ids that exist into an aria-describedby value (undefined when there are none). */
export function describedBy(...ids: readonly (string | false | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}

export function FieldHint({ id, children }: { readonly id: string; readonly children: string }) {
  return (
    <p id={id} className="field__hint">
      {children}
    </p>
  );
}

export function FieldError({ id, message }: { readonly id: string; readonly message: string }) {
  return (
    <p id={id} className="field__error">
      <span className="field__error-prefix">Error:</span> {message}
    </p>
  );
}
