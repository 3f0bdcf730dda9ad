import { useMemo } from 'react';
import { compareOptions, MIN_COMPARED } from '../../clinical/index.ts';
import type { ComparedOption, ComparisonOptionId } from '../../clinical/index.ts';
import { ComparisonFigure } from './comparison-figure';
import { ComparisonTable } from './comparison-table';
import type { Subject } from './compare-subject';
import { PlanAdder, type PlanRow } from './plan-adder';

function listWords(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
}

function Layout({
  options,
  caption,
  planRow,
}: {
  readonly options: readonly ComparedOption[];
  readonly caption: string;
  readonly planRow?: PlanRow;
}) {
  return (
    <div className={`compare-layout compare-layout--${options.length}`}>
      <ComparisonTable options={options} caption={caption} planRow={planRow} />
      <ComparisonFigure options={options} />
    </div>
  );
}

/** The table and chart for the chosen options, judged for the subject when there is one. */
export function ComparisonSection({
  ids,
  subject,
}: {
  readonly ids: readonly ComparisonOptionId[];
  readonly subject: Subject;
}) {
  const judgement = subject.kind === 'judged' ? subject.judgement : undefined;
  const options = useMemo(() => compareOptions(ids, judgement), [ids, judgement]);
  if (subject.kind === 'loading') return null;
  if (ids.length < MIN_COMPARED) {
    return (
      <section className="panel compare-empty" aria-labelledby="compare-empty-heading">
        <h2 id="compare-empty-heading">Nothing to compare yet</h2>
        <p>
          Choose at least {MIN_COMPARED} options above to see them side by side ({ids.length}{' '}
          chosen).
        </p>
      </section>
    );
  }
  const caption = `${listWords(options.map((o) => o.label))} side by side, ${
    subject.kind === 'judged' ? 'judged for this patient' : 'not judged for a patient'
  }`;
  return (
    <section aria-labelledby="compare-result-heading" className="compare-result">
      <h2 id="compare-result-heading">Side by side</h2>
      {subject.kind === 'judged' && subject.visitInUrl && subject.visit.status === 'draft' ? (
        <PlanAdder visit={subject.visit} judgement={subject.judgement}>
          {(planRow) => <Layout options={options} caption={caption} planRow={planRow} />}
        </PlanAdder>
      ) : (
        <Layout options={options} caption={caption} />
      )}
    </section>
  );
}
