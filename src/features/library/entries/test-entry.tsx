import {
  COST_LABELS,
  invasivenessText,
  TEST_CATEGORY_LABELS,
  TEST_INVASIVENESS,
} from '../catalogue/format';
import { findRecord, type TestRecord } from '../catalogue/records';
import { conditionsInformedBy } from '../catalogue/relations';
import { Aliases, Details, EntryLink, EntrySection, LinkList, SourceLinks } from './entry-parts';
import { LrTable } from './lr-table';

/** A diagnostic test: what it shows, who orders it, its accuracy, and the conditions it informs. */
export function TestEntry({ test }: { readonly test: TestRecord }) {
  const examItem =
    test.examItem === undefined ? undefined : findRecord('exam-items', test.examItem);
  const throughExam = examItem === undefined ? [] : conditionsInformedBy(examItem.id);
  const bearing = test.bearsOn.flatMap((id) => {
    const condition = findRecord('conditions', id);
    return condition === undefined ? [] : [{ id, name: condition.name }];
  });
  return (
    <>
      <Aliases aliases={test.aliases} />
      <p className="library-lead">{test.purpose}</p>
      <Details
        items={[
          ['Category', TEST_CATEGORY_LABELS[test.category]],
          ['Ordered or performed by', test.orderedBy],
          ['Invasiveness', invasivenessText(test.invasiveness, TEST_INVASIVENESS)],
          ['Cost band', COST_LABELS[test.cost]],
          [
            'In the exam',
            examItem === undefined ? undefined : (
              <EntryLink kind="exam-items" id={examItem.id}>
                {examItem.label}: how to perform it
              </EntryLink>
            ),
          ],
        ]}
      />
      <EntrySection title="Accuracy">
        <p>{test.accuracy}</p>
      </EntrySection>
      <EntrySection title="Conditions it informs">
        {test.targets.length === 0 ? null : (
          <LrTable
            caption={`Accuracy of ${test.name}, by condition`}
            subjectHeader="Condition"
            rows={test.targets.map((target) => ({
              key: target.condition,
              subject: (
                <EntryLink kind="conditions" id={target.condition}>
                  {findRecord('conditions', target.condition)?.name ?? target.condition}
                </EntryLink>
              ),
              lrPositive: target.lrPositive,
              lrNegative: target.lrNegative,
              provenance: target.provenance,
            }))}
          />
        )}
        {throughExam.length === 0 || examItem === undefined ? null : (
          <LrTable
            caption={`Likelihood ratios of ${examItem.label} in the conditions' tables`}
            subjectHeader="Condition"
            rows={throughExam.map(({ condition, lr }) => ({
              key: condition.id,
              subject: (
                <EntryLink kind="conditions" id={condition.id}>
                  {condition.name}
                </EntryLink>
              ),
              qualifier: lr.group === undefined ? undefined : `dependency group: ${lr.group}`,
              lrPositive: lr.lrPositive,
              lrNegative: lr.lrNegative,
              provenance: lr.provenance,
            }))}
          />
        )}
        <h3>
          {test.category === 'in-clinic'
            ? 'Conditions it bears on'
            : 'Bears on, without usable figures'}
        </h3>
        <LinkList kind="conditions" items={bearing} empty="None listed." />
      </EntrySection>
      <EntrySection title="Sources">
        <SourceLinks ids={test.sources} />
      </EntrySection>
    </>
  );
}
