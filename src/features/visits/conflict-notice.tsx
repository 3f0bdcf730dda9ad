import type { Visit } from '../../data/visits/visit.schema';
import { Notice } from '../../ui/notice';

/**
 * Shown when another tab saved this visit first. Nothing was overwritten; the clinician chooses
 * which version continues. Either choice is explicit, so no change is lost silently.
 */
export function ConflictNotice({
  theirs,
  onKeepMine,
  onUseTheirs,
}: {
  readonly theirs: Visit;
  readonly onKeepMine: () => void;
  readonly onUseTheirs: () => void;
}) {
  return (
    <Notice tone="warning" title="This visit was changed in another tab or window.">
      <p>
        Your latest changes are still on this screen but were not saved over the other version
        (saved at {new Date(theirs.updatedAt).toLocaleTimeString()}). Choose which version to keep.
      </p>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={onUseTheirs}>
          Load the other version (discard my unsaved changes)
        </button>
        <button type="button" className="button" onClick={onKeepMine}>
          Keep my version and save it over the other
        </button>
      </div>
    </Notice>
  );
}
