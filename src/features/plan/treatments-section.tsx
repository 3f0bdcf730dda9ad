import { Fragment, type ReactNode } from 'react';
import {
  DOCTOR_FIRST_NOTE,
  DOCTOR_FIRST_SOURCES,
  tierOf,
  TIERS_AFTER_THE_DOCTOR,
  TIER_TITLES,
} from '../../clinical/index.ts';
import type { PlanItemRecord, Tier, TreatmentFacts } from '../../clinical/index.ts';
import { Notice } from '../../ui/notice';
import { InAppLink } from './in-app-link';
import { fieldKey } from './plan-form';
import { PlanItemCard, type ItemActions } from './plan-item-card';
import { SourceCitations } from './source-citations';
import { tierHeading } from './plan-labels';
import { TREATMENTS_HEADING_ID, UNDO_BUTTON_ID, type UndoRemoval } from './use-plan-editor';

const TIERS: readonly Tier[] = [1, 2, 3, 4, 5];
export const MAX_COMPARE = 4;

/** "Removed X." with a button to put it back: shown where the item was. */
export function UndoNotice({
  text,
  label,
  onUndo,
}: {
  readonly text: string;
  readonly label: string;
  readonly onUndo: () => void;
}) {
  return (
    <p className="plan-undo">
      <span role="status">{text}</span>{' '}
      <button type="button" id={UNDO_BUTTON_ID} className="button" onClick={onUndo}>
        {label}
      </button>
    </p>
  );
}

interface ItemsProps {
  readonly items: readonly PlanItemRecord[];
  readonly facts: (id: string) => TreatmentFacts | undefined;
  readonly errors: ReadonlyMap<string, string>;
  readonly readOnly: boolean;
  readonly selected: readonly string[];
  readonly actions: ItemActions;
}

function ItemList({ items, facts, errors, readOnly, selected, actions }: ItemsProps) {
  const full = selected.length >= MAX_COMPARE;
  return (
    <ol className="plan-items">
      {items.map((item, index) => (
        <PlanItemCard
          key={item.treatmentId}
          item={item}
          facts={facts(item.treatmentId)}
          position={index + 1}
          count={items.length}
          dosageError={errors.get(fieldKey.dosage(item.treatmentId))}
          notesError={errors.get(fieldKey.notes(item.treatmentId))}
          overrideError={errors.get(fieldKey.override(item.treatmentId))}
          readOnly={readOnly}
          selected={selected.includes(item.treatmentId)}
          canSelect={!full}
          actions={actions}
        />
      ))}
    </ol>
  );
}

function CompareBar({
  selected,
  compareHref,
  name,
}: {
  readonly selected: readonly string[];
  readonly compareHref: (ids: readonly string[]) => string;
  readonly name: (id: string) => string;
}) {
  const ready = selected.length >= 2 && selected.length <= MAX_COMPARE;
  return (
    <div className="plan-compare">
      <p className="plan-compare__text" role="status">
        {selected.length === 0
          ? 'Tick "Compare" on 2 to 4 treatments to see them side by side.'
          : `Selected to compare (${selected.length} of at most ${MAX_COMPARE}): ${selected.map(name).join(', ')}.`}
      </p>
      {ready ? (
        <InAppLink href={compareHref(selected)} className="button button--primary">
          Compare selected ({selected.length})
        </InAppLink>
      ) : null}
    </div>
  );
}

/**
 * The plan's treatments, tier by tier from self-management to surgical referral, in the
 * clinician's order within each tier, with what each tier means and a way to compare items.
 */
export function TreatmentsSection({
  items,
  undo,
  onUndo,
  compareHref,
  doctorFirst,
  children,
  ...rest
}: ItemsProps & {
  /** An emergency or urgent red flag stands: tiers 3 to 5 are marked as waiting for a doctor. */
  readonly doctorFirst: boolean;
  readonly undo: UndoRemoval | null;
  readonly onUndo: () => void;
  readonly compareHref: (ids: readonly string[]) => string;
  /** Shown after the tiers (the search to add a treatment). */
  readonly children?: ReactNode;
}) {
  const removedTier = undo?.kind === 'item' ? (tierOf(undo.removed.item.treatmentId) ?? 0) : null;
  const unknown = items.filter((i) => tierOf(i.treatmentId) === undefined);
  const undoNotice = (tier: number) =>
    removedTier === tier && undo?.kind === 'item' ? (
      <UndoNotice
        text={`Removed ${undo.name}.`}
        label={`Undo: put ${undo.name} back`}
        onUndo={onUndo}
      />
    ) : null;
  return (
    <section className="plan-section plan-treatments" aria-labelledby={TREATMENTS_HEADING_ID}>
      <h2 id={TREATMENTS_HEADING_ID} tabIndex={-1}>
        Treatments, step by step
      </h2>
      {rest.readOnly ? null : (
        <CompareBar
          selected={rest.selected}
          compareHref={compareHref}
          name={(id) => rest.facts(id)?.treatment.name ?? id}
        />
      )}
      {TIERS.map((tier) => {
        const inTier = items.filter((i) => tierOf(i.treatmentId) === tier);
        const firstToWait = doctorFirst && tier === TIERS_AFTER_THE_DOCTOR[0];
        return (
          <Fragment key={tier}>
            {firstToWait ? (
              <Notice tone="warning" title="Tiers 3 to 5 wait for a doctor" live={false}>
                <p>{DOCTOR_FIRST_NOTE}</p>
                <details className="plan-escalation__sources">
                  <summary>Source</summary>
                  <SourceCitations ids={DOCTOR_FIRST_SOURCES} />
                </details>
              </Notice>
            ) : null}
            <section className="plan-tier" aria-labelledby={`plan-tier-${tier}`}>
              <h3 id={`plan-tier-${tier}`} className="plan-tier__heading">
                {tierHeading(tier, TIER_TITLES[tier])}{' '}
                <span className="plan-tier__count muted">({inTier.length})</span>
              </h3>
              {inTier.length === 0 ? (
                <p className="plan-tier__empty">Nothing in this tier.</p>
              ) : (
                <ItemList items={inTier} {...rest} />
              )}
              {undoNotice(tier)}
            </section>
          </Fragment>
        );
      })}
      {unknown.length > 0 || removedTier === 0 ? (
        <section className="plan-tier" aria-labelledby="plan-tier-unknown">
          <h3 id="plan-tier-unknown" className="plan-tier__heading">
            Not in this knowledge base
          </h3>
          <ItemList items={unknown} {...rest} />
          {undoNotice(0)}
        </section>
      ) : null}
      {children}
    </section>
  );
}
