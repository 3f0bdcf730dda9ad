import { memo } from 'react';
import type {
  ItemChange,
  MoveDirection,
  PlanItemRecord,
  TreatmentFacts,
} from '../../clinical/index.ts';
import { KB_VERSION } from '../../clinical/index.ts';
import { PlanTextArea } from './plan-fields';
import { conditionNames, countOf, evidenceText } from './plan-labels';
import { SourceCitations } from './source-citations';

/** What a plan item's buttons and fields do; one stable object for every card. */
export interface ItemActions {
  readonly move: (treatmentId: string, direction: MoveDirection) => void;
  readonly remove: (treatmentId: string) => void;
  readonly change: (treatmentId: string, change: ItemChange) => void;
  readonly toggleCompare: (treatmentId: string) => void;
}

/** DOM ids of a card's parts, so focus can return to them after a move or an undo. */
export const itemDomId = (treatmentId: string, part: 'heading' | 'up' | 'down' | 'remove') =>
  `plan-item-${treatmentId}-${part}`;

function Facts({ facts }: { readonly facts: TreatmentFacts }) {
  const { treatment } = facts;
  return (
    <dl className="plan-item__facts">
      <dt>Delivered by</dt>
      <dd>{treatment.deliveredBy}</dd>
      <dt>Evidence</dt>
      <dd>
        {evidenceText(treatment.evidence)}
        <details className="plan-item__evidence">
          <summary>Summary and {countOf(treatment.evidence.sources.length, 'source')}</summary>
          <p>{treatment.evidence.summary}</p>
          <SourceCitations ids={treatment.evidence.sources} />
        </details>
      </dd>
      <dt>Time to benefit</dt>
      <dd>{treatment.timeToBenefit}</dd>
      <dt>Fits</dt>
      <dd>
        {facts.fits.length > 0 ? conditionNames(facts.fits) : 'None of the leading conditions'}
      </dd>
      {facts.cautions.length > 0 ? (
        <>
          <dt>Cautions</dt>
          <dd>
            <ul className="plan-item__cautions">
              {facts.cautions.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

function PlanItemCardView({
  item,
  facts,
  position,
  count,
  dosageError,
  notesError,
  overrideError,
  readOnly,
  selected,
  canSelect,
  actions,
}: {
  readonly item: PlanItemRecord;
  /** Undefined when this knowledge base does not know the treatment (kept, shown as unknown). */
  readonly facts: TreatmentFacts | undefined;
  /** 1-based place within its tier, and the tier's size. */
  readonly position: number;
  readonly count: number;
  readonly dosageError: string | undefined;
  readonly notesError: string | undefined;
  readonly overrideError: string | undefined;
  readonly readOnly: boolean;
  readonly selected: boolean;
  /** False when four items are selected for comparison already and this is not one of them. */
  readonly canSelect: boolean;
  readonly actions: ItemActions;
}) {
  const id = item.treatmentId;
  const name = facts?.treatment.name ?? `Unknown treatment “${id}”`;
  const contraindicated = facts !== undefined && facts.avoid.length > 0;
  return (
    <li className={`plan-item${contraindicated ? ' plan-item--contraindicated' : ''}`}>
      <div className="plan-item__head">
        <h4 id={itemDomId(id, 'heading')} tabIndex={-1} className="plan-item__name">
          {name}
        </h4>
        <span className="badge">{item.origin === 'drafted' ? 'Drafted' : 'Added by you'}</span>
        {count > 1 ? (
          <span className="plan-item__position muted">
            {position} of {count}
          </span>
        ) : null}
      </div>
      {readOnly ? null : (
        <div className="plan-item__actions">
          {facts === undefined ? null : (
            <label className="plan-item__compare">
              <input
                type="checkbox"
                aria-label={`Compare ${name}`}
                checked={selected}
                disabled={!selected && !canSelect}
                onChange={() => {
                  actions.toggleCompare(id);
                }}
              />{' '}
              Compare
            </label>
          )}
          {count > 1 ? (
            <>
              <button
                type="button"
                id={itemDomId(id, 'up')}
                aria-label={`Move up ${name}`}
                className="button button--quiet"
                disabled={position <= 1 || facts === undefined}
                onClick={() => {
                  actions.move(id, 'up');
                }}
              >
                <span aria-hidden="true">↑ </span>Move up
              </button>
              <button
                type="button"
                id={itemDomId(id, 'down')}
                aria-label={`Move down ${name}`}
                className="button button--quiet"
                disabled={position >= count || facts === undefined}
                onClick={() => {
                  actions.move(id, 'down');
                }}
              >
                <span aria-hidden="true">↓ </span>Move down
              </button>
            </>
          ) : null}
          <button
            type="button"
            id={itemDomId(id, 'remove')}
            aria-label={`Remove ${name}`}
            className="button button--danger-quiet"
            onClick={() => {
              actions.remove(id);
            }}
          >
            Remove
          </button>
        </div>
      )}
      <div className="plan-item__body">
        {facts === undefined ? (
          <p className="plan-item__facts">
            Knowledge base {KB_VERSION} does not have this treatment. It is kept as it was saved;
            remove it if it no longer applies.
          </p>
        ) : (
          <Facts facts={facts} />
        )}
        <div className="plan-item__edit">
          {contraindicated ? (
            <div className="plan-item__warning">
              <p className="plan-item__warning-title">
                <strong>Contraindicated for this patient:</strong>
              </p>
              <ul className="plan-item__reasons">
                {facts.avoid.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
              <PlanTextArea
                label={
                  item.override === undefined
                    ? 'Why it stays in the plan (write a reason or remove it)'
                    : 'Override reason'
                }
                context={name}
                rows={2}
                value={item.override?.reason ?? ''}
                readOnly={readOnly}
                error={overrideError}
                onChange={(e) => {
                  actions.change(id, { overrideReason: e.target.value });
                }}
              />
            </div>
          ) : item.override === undefined ? null : (
            <p>
              <strong>Override reason:</strong> {item.override.reason}
            </p>
          )}
          <PlanTextArea
            label="Dosage"
            context={name}
            rows={2}
            value={item.dosage}
            readOnly={readOnly}
            error={dosageError}
            onChange={(e) => {
              actions.change(id, { dosage: e.target.value });
            }}
          />
          <PlanTextArea
            label="Notes"
            context={name}
            rows={2}
            value={item.notes}
            readOnly={readOnly}
            error={notesError}
            onChange={(e) => {
              actions.change(id, { notes: e.target.value });
            }}
          />
        </div>
      </div>
    </li>
  );
}

export const PlanItemCard = memo(PlanItemCardView);
