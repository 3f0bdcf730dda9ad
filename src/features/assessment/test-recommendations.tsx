import { memo, useId } from 'react';
import type { TestRecommendation, TestRecommendations } from '../../clinical/index.ts';
import { Badge } from '../../ui/badge';
import { reasonText, RESULT_LABELS, SIDE_LABELS, TEST_CATEGORIES } from './assessment-format';
import { LibraryLink } from './source-list';

/** The reasons shown per test: the largest effects, which the recommender sorts first. */
const TOP_REASONS = 2;

interface RecommendedTestProps {
  readonly test: TestRecommendation;
  /** Names of the red-flagged conditions it bears on. */
  readonly flagged: readonly string[];
}

function RecommendedTestView({ test, flagged }: RecommendedTestProps) {
  return (
    <li className="test-recommendation">
      <p className="test-recommendation__name">
        <strong>
          <LibraryLink kind="tests" id={test.id} label={test.name} />
        </strong>
        {flagged.length > 0 ? <Badge>Red-flagged: {flagged.join(', ')}</Badge> : null}
      </p>
      <p>{test.purpose}</p>
      <p>
        <strong>Why:</strong> {test.why}
      </p>
      {test.reasons.length > 0 ? (
        <ul className="test-recommendation__reasons">
          {test.reasons.slice(0, TOP_REASONS).map((reason) => (
            <li key={reason.condition}>{reasonText(reason)}</li>
          ))}
        </ul>
      ) : null}
      <p className="muted">Ordered or performed by: {test.orderedBy}</p>
    </li>
  );
}

/**
 * Re-render only when what is shown changed: assess() returns fresh objects on every change, and
 * a test's name, purpose and who orders it are fixed by its id in the knowledge base.
 */
function sameTest(previous: RecommendedTestProps, next: RecommendedTestProps): boolean {
  const shown = (props: RecommendedTestProps) =>
    [
      props.test.id,
      props.test.why,
      ...props.flagged,
      ...props.test.reasons
        .slice(0, TOP_REASONS)
        .map((r) => `${r.condition}:${r.current}:${r.ifPositive}:${r.ifNegative}`),
    ].join('|');
  return shown(previous) === shown(next);
}

const RecommendedTest = memo(RecommendedTestView, sameTest);

function resultsText(test: TestRecommendation): string {
  return (test.done?.results ?? [])
    .map((r) => {
      const result = RESULT_LABELS[r.result];
      return r.side === undefined ? result : `${SIDE_LABELS[r.side]}: ${result.toLowerCase()}`;
    })
    .join(', ');
}

/**
 * Diagnostic tests that would still change the picture, grouped by category (in clinic first,
 * each group in the recommender's order), then the tests already done with their results.
 */
function TestRecommendationsView({
  tests,
  conditionNames,
}: {
  readonly tests: TestRecommendations;
  readonly conditionNames: ReadonlyMap<string, string>;
}) {
  const headingId = useId();
  const groups = TEST_CATEGORIES.map((category) => ({
    ...category,
    tests: tests.recommended.filter((test) => test.category === category.id),
  })).filter((group) => group.tests.length > 0);
  return (
    <section className="assessment-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Recommended tests</h2>
      <p className="muted">Test names open their Library entry in a new tab.</p>
      {groups.length === 0 ? (
        <p className="muted">No further test would change the picture much now.</p>
      ) : null}
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`${headingId}-${group.id}`}>
          <h3 id={`${headingId}-${group.id}`}>{group.label}</h3>
          <ul className="test-recommendations">
            {group.tests.map((test) => (
              <RecommendedTest
                key={test.id}
                test={test}
                flagged={test.redFlagConditions.map((id) => conditionNames.get(id) ?? id)}
              />
            ))}
          </ul>
        </section>
      ))}
      {tests.done.length > 0 ? (
        <section aria-labelledby={`${headingId}-done`}>
          <h3 id={`${headingId}-done`}>Already done</h3>
          <ul className="tests-done">
            {tests.done.map((test) => (
              <li key={test.id}>
                <strong>{test.name}</strong>: {resultsText(test)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

export const TestRecommendationList = memo(TestRecommendationsView);
