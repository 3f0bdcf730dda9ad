import { useId, type ReactNode } from 'react';
import type { ExamItemDef, Side } from '../../../clinical/index.ts';
import { FieldHint } from '../../../ui/field-messages';
import { SIDES } from '../exam-fields';

/**
 * A sided item: its label once, an optional hint shared by both sides, then the left and right
 * controls. `data-side` lets focusExamItem find the symptomatic side's first control.
 */
export function SidedGroup({
  item,
  hint,
  children,
}: {
  readonly item: ExamItemDef;
  readonly hint?: string | undefined;
  readonly children: (side: Side, hintId: string | undefined) => ReactNode;
}) {
  const id = useId();
  const titleId = `${id}-title`;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div role="group" aria-labelledby={titleId} className="exam-sided">
      <p id={titleId} className="exam-item__title">
        {item.label}
      </p>
      {hintId && hint ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
      <div className="exam-sides">
        {SIDES.map((side) => (
          <div key={side} className="exam-side" data-side={side}>
            {children(side, hintId)}
          </div>
        ))}
      </div>
    </div>
  );
}
