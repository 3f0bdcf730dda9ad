import { memo } from 'react';
import type { ExamFormApi } from './exam-fields';
import { ExamItemField } from './exam-item';
import type { ExamSectionLayout } from './exam-layout';

function QuickKeysHint() {
  return (
    <p className="exam-keys">
      <strong>Keys:</strong> in a test’s result, press <kbd>P</kbd> for positive, <kbd>N</kbd> for
      negative or <kbd>T</kbd> for not tested. Arrow keys move between results; Tab moves to the
      next test.
    </p>
  );
}

/**
 * One exam section. Memoised: the form object and the layout are stable, so the workspace
 * re-rendering on each change (to update the assessment) does not re-render the sections;
 * each control updates itself through register, useWatch and its own error subscription.
 */
function ExamSectionView({
  form,
  section,
}: {
  readonly form: ExamFormApi;
  readonly section: ExamSectionLayout;
}) {
  const headingId = `${section.elementId}-heading`;
  return (
    <section id={section.elementId} className="exam-section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {section.title}
      </h2>
      {section.id === 'special-tests' ? <QuickKeysHint /> : null}
      {section.blocks.map((block) =>
        block.kind === 'item' ? (
          <ExamItemField key={block.entry.item.id} form={form} entry={block.entry} />
        ) : (
          <fieldset key={block.id} className="exam-group">
            <legend className="exam-group__legend">{block.title}</legend>
            {block.entries.map((entry) => (
              <ExamItemField key={entry.item.id} form={form} entry={entry} />
            ))}
          </fieldset>
        ),
      )}
    </section>
  );
}

export const ExamSection = memo(ExamSectionView);
