import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import type { PatientId, VisitId } from '../../data/ids';

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
export type PrintKind = 'record' | 'handout';

const PAPER_LABELS: Readonly<Record<PaperSize, string>> = { a4: 'A4', letter: 'Letter' };

/**
 * Everything on the print screen that is not the document: hidden when printing. A4 is the
 * default paper size; Letter is one click away and kept in the address.
 */
export function PrintToolbar({
  kind,
  patientId,
  visitId,
  paper,
  onPaperChange,
}: {
  readonly kind: PrintKind;
  readonly patientId: PatientId;
  readonly visitId: VisitId;
  readonly paper: PaperSize;
  readonly onPaperChange: (paper: PaperSize) => void;
}) {
  const name = useId();
  const params = { patientId, visitId };
  return (
    <div className="print-toolbar">
      <Link to="/patients/$patientId/visits/$visitId" params={params}>
        Back to the visit
      </Link>
      <fieldset className="print-toolbar__paper">
        <legend>Paper size</legend>
        {PAPER_SIZES.map((size) => (
          <label key={size} className="print-toolbar__option">
            <input
              type="radio"
              name={name}
              value={size}
              checked={paper === size}
              onChange={() => {
                onPaperChange(size);
              }}
            />{' '}
            {PAPER_LABELS[size]}
            {size === 'a4' ? ' (default)' : ''}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="button button--primary"
        onClick={() => {
          window.print();
        }}
      >
        {kind === 'record' ? 'Print clinical record' : 'Print patient handout'}
      </button>
      {kind === 'record' ? (
        <Link
          to="/patients/$patientId/visits/$visitId/print/handout"
          params={params}
          search={{ paper }}
        >
          Open the patient handout
        </Link>
      ) : (
        <Link
          to="/patients/$patientId/visits/$visitId/print/record"
          params={params}
          search={{ paper }}
        >
          Open the clinical record
        </Link>
      )}
      <p className="print-toolbar__hint">
        This is the document as it prints. The header and page numbers repeat on every printed page.
      </p>
    </div>
  );
}
