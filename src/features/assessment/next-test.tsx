import { useId } from 'react';
import type { TestRecommendation } from '../../clinical/index.ts';

/** The single in-clinic test that would change the picture most, one press from the exam. */
export function NextTest({
  test,
  onGoToItem,
}: {
  readonly test: TestRecommendation | undefined;
  readonly onGoToItem: (examItemId: string) => void;
}) {
  const headingId = useId();
  const examItem = test?.examItem;
  return (
    <section className="assessment-section next-test" aria-labelledby={headingId}>
      <h2 id={headingId}>Next best in-clinic test</h2>
      {test === undefined ? (
        <p className="muted">No in-clinic test would change the picture much now.</p>
      ) : (
        <>
          <p>
            Consider <strong>{test.name}</strong>. {test.purpose}
          </p>
          <p>
            <strong>Why:</strong> {test.why}
          </p>
          {examItem === undefined ? null : (
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                onGoToItem(examItem);
              }}
            >
              Go to {test.name} in the exam
            </button>
          )}
        </>
      )}
    </section>
  );
}
