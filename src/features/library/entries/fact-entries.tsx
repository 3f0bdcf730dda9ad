import { describeRule, describeValue, SECTION_LABELS } from '../catalogue/format';
import { findRecord, type ExamItemRecord, type FindingRecord } from '../catalogue/records';
import {
  conditionsInformedBy,
  detailsOf,
  rulesReading,
  testsPerforming,
} from '../catalogue/relations';
import {
  Aliases,
  Details,
  EntryLink,
  EntrySection,
  FactLink,
  LinkList,
  SourceLinks,
} from './entry-parts';
import { LrTable } from './lr-table';

/** The conditions a finding moves (with its LRs there) and every rule that reads it. */
function FactUses({ fact, name }: { readonly fact: string; readonly name: string }) {
  const informed = conditionsInformedBy(fact);
  const rules = rulesReading(fact);
  const used = [
    {
      title: 'Derived findings read from it',
      kind: 'findings',
      items: rules.derived.map((d) => ({ id: d.id, name: d.label })),
    },
    {
      title: 'Prediction rules',
      kind: 'clusters',
      items: rules.clusters.map((c) => ({ id: c.id, name: c.name })),
    },
    {
      title: 'Red flags',
      kind: 'red-flags',
      items: rules.redFlags.map((f) => ({ id: f.id, name: f.name })),
    },
    {
      title: 'Contributing factors',
      kind: 'factors',
      items: rules.factors.map((f) => ({ id: f.id, name: f.name })),
    },
    {
      title: 'Presentation types',
      kind: 'presentations',
      items: rules.presentations.map((p) => ({ id: p.id, name: p.name })),
    },
    {
      title: 'Treatments with a caution on it',
      kind: 'treatments',
      items: rules.treatments.map((t) => ({ id: t.id, name: t.name })),
    },
  ] as const;
  const shown = used.filter((group) => group.items.length > 0);
  return (
    <>
      <EntrySection title="Conditions it informs">
        {informed.length === 0 ? (
          <p className="muted">No condition's likelihood-ratio table lists it.</p>
        ) : (
          <LrTable
            caption={`Likelihood ratios for ${name}, by condition`}
            subjectHeader="Condition"
            rows={informed.map(({ condition, lr }) => ({
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
      </EntrySection>
      {shown.length === 0 ? null : (
        <EntrySection title="Also used by">
          {shown.map((group) => (
            <div key={group.kind}>
              <h3>{group.title}</h3>
              <LinkList kind={group.kind} items={group.items} empty="" />
            </div>
          ))}
        </EntrySection>
      )}
    </>
  );
}

const ASKED: ReadonlySet<string> = new Set(['history', 'red-flag-screen', 'pain']);

/** An exam item: what it records, how to perform or ask it, and the conditions it informs. */
export function ExamItemEntry({ item }: { readonly item: ExamItemRecord }) {
  const parent = item.detailOf === undefined ? undefined : findRecord('exam-items', item.detailOf);
  const details = detailsOf(item.id);
  const tests = testsPerforming(item.id);
  return (
    <>
      <Aliases aliases={item.aliases} />
      <Details
        items={[
          ['Exam section', SECTION_LABELS[item.section]],
          ['Records', describeValue(item.value, item.sided)],
          [
            'Recorded with',
            parent === undefined ? undefined : (
              <EntryLink kind="exam-items" id={parent.id}>
                {parent.label}
              </EntryLink>
            ),
          ],
        ]}
      />
      {item.howTo === undefined ? null : (
        <EntrySection title={ASKED.has(item.section) ? 'How to ask' : 'How to perform'}>
          <p>{item.howTo}</p>
        </EntrySection>
      )}
      {item.positive === undefined ? null : (
        <EntrySection title="What counts as positive">
          <p>{item.positive}</p>
        </EntrySection>
      )}
      {details.length === 0 && tests.length === 0 ? null : (
        <EntrySection title="Related entries">
          {details.length === 0 ? null : (
            <>
              <h3>Measurements recorded with it</h3>
              <LinkList
                kind="exam-items"
                empty=""
                items={details.map((d) => ({ id: d.id, name: d.label }))}
              />
            </>
          )}
          {tests.length === 0 ? null : (
            <>
              <h3>As a diagnostic test</h3>
              <LinkList
                kind="tests"
                empty=""
                items={tests.map((t) => ({ id: t.id, name: t.name }))}
              />
            </>
          )}
        </EntrySection>
      )}
      <FactUses fact={item.id} name={item.label} />
      <EntrySection title="Sources">
        <SourceLinks ids={item.sources} />
      </EntrySection>
    </>
  );
}

/** A derived finding: the threshold it applies, to which measurement, and what it informs. */
export function FindingEntry({ finding }: { readonly finding: FindingRecord }) {
  return (
    <>
      <p className="library-lead">Present when: {describeRule(finding.rule)}.</p>
      <Details
        items={[
          [
            'Read from',
            <>
              {finding.from.map((item, index) => (
                <span key={item}>
                  {index === 0 ? null : ', '}
                  <FactLink fact={item} />
                </span>
              ))}
            </>,
          ],
          ['Sides', finding.sided ? 'Counted for each side' : 'Counted once for the patient'],
          ['About the threshold', finding.note],
        ]}
      />
      <FactUses fact={finding.id} name={finding.label} />
      <EntrySection title="Sources">
        <SourceLinks ids={finding.sources} />
      </EntrySection>
    </>
  );
}
