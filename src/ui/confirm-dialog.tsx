import { useId, useRef, type ReactNode, type RefObject } from 'react';

/** A ref plus open/close for a native <dialog>; open it from the event handler that asks. */
export function useDialog(): {
  readonly ref: RefObject<HTMLDialogElement | null>;
  readonly open: () => void;
  readonly close: () => void;
} {
  const ref = useRef<HTMLDialogElement>(null);
  return {
    ref,
    open: () => ref.current?.showModal(),
    close: () => ref.current?.close(),
  };
}

/**
 * A native modal <dialog>: the browser traps focus, closes it on Escape and returns focus to the
 * button that opened it. Cancel comes first, so it is focused when the dialog opens: the safe
 * choice is the default one.
 */
export function ConfirmDialog({
  dialogRef,
  title,
  children,
  confirmLabel,
  onConfirm,
  busy = false,
  error,
}: {
  readonly dialogRef: RefObject<HTMLDialogElement | null>;
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly busy?: boolean;
  readonly error?: string | undefined;
}) {
  const titleId = useId();
  const bodyId = useId();
  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={titleId} aria-describedby={bodyId}>
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <div id={bodyId} className="dialog__body">
        {children}
      </div>
      {error ? (
        <p className="field__error" role="alert">
          <span className="field__error-prefix">Error:</span> {error}
        </p>
      ) : null}
      <form method="dialog" className="dialog__actions">
        <button type="submit" className="button" value="cancel">
          Cancel
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm} disabled={busy}>
          {busy ? 'Working…' : confirmLabel}
        </button>
      </form>
    </dialog>
  );
}
