import type { ExamItemDef } from '../../../clinical/index.ts';

/** How to perform a test and what counts as positive, on demand so the form stays scannable. */
export function HowTo({ item }: { readonly item: ExamItemDef }) {
  if (item.howTo === undefined && item.positive === undefined) return null;
  return (
    <details className="exam-howto">
      <summary>How to perform {item.label}</summary>
      {item.howTo === undefined ? null : <p>{item.howTo}</p>}
      {item.positive === undefined ? null : (
        <p>
          <strong>Positive if:</strong> {item.positive}
        </p>
      )}
    </details>
  );
}
