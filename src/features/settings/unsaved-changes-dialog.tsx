import { useId } from 'react';

/**
 * Asked when the clinician leaves the screen with unsaved settings. Opens as a native modal (focus
 * is trapped, Escape means stay); staying is first and is the default.
 */
export function UnsavedChangesDialog({
  onStay,
  onLeave,
}: {
  readonly onStay: () => void;
  readonly onLeave: () => void;
}) {
  const titleId = useId();
  const bodyId = useId();
  return (
    <dialog
      ref={(dialog) => {
        if (dialog && !dialog.open) dialog.showModal();
      }}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        Leave without saving?
      </h2>
      <p id={bodyId}>
        Your changes to the settings are not saved. If you leave now, they are lost.
      </p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onStay}>
          Stay and keep editing
        </button>
        <button type="button" className="button button--danger" onClick={onLeave}>
          Leave without saving
        </button>
      </div>
    </dialog>
  );
}
