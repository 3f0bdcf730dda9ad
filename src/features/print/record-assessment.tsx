import { COST_LABELS, DONT_MISS_INTRO, DONT_MISS_NONE } from '../../clinical/index.ts';
import type {
  Assessment,
  Contribution,
  NotExcluded,
  RankedCondition,
  TestRecommendation,
} from '../../clinical/index.ts';
import { useVocabulary } from './print-vocabulary';
import { explainedConditions, type SourceIndex } from './record-sources';

function Reason({
  contribution,
  sources,
}: {
  readonly contribution: Contribution;
  readonly sources: SourceIndex;
}) {
  const words = useVocabulary();
  const side = contribution.side === undefined ? '' : `, ${contribution.side}`;
  const counted = contribution.applied
    ? 'counted'
    : `not counted (superseded${contribution.supersededBy === undefined ? '' : ` by ${contribution.supersededBy}`} in its dependency group)`;
  return (
    <li>
      {contribution.label}
      {side}: {contribution.present ? 'present' : 'absent'}
      {contribution.inferred === undefined ? '' : ` (${contribution.inferred})`},{' '}
      {words.lr(contribution.lr)}, {counted}.{' '}
      <em>{words.provenance[contribution.provenance.kind]}</em>{' '}
      {sources.cite(contribution.provenance.sources)}
    </li>
  );
}

function Condition({
  condition,
  sources,
}: {
  readonly condition: RankedCondition;
  readonly sources: SourceIndex;
}) {
  const words = useVocabulary();
  const markers = [
    condition.redFlagged ? 'red-flagged' : '',
    condition.serious ? 'serious condition' : '',
  ].filter(Boolean);
  return (
    <li className="print-item">
      <p className="print-item__title">
        {condition.name}: {words.band[condition.band]}, {words.probability(condition.probability)}{' '}
        <span className="print-muted">
          (prior{condition.priorBand === undefined ? '' : ` for ${condition.priorBand}`}{' '}
          {words.probability(condition.prior)} → {words.probability(condition.probability)}
          {markers.length === 0 ? '' : `; ${markers.join(', ')}`})
        </span>
      </p>
      {words.conditionNotes(condition).map((note) => (
        <p key={note}>{note}</p>
      ))}
      {condition.contributions.length === 0 ? (
        <p>No recorded finding moves this condition: it stays at its prior.</p>
      ) : (
        <ul className="print-reasons">
          {condition.contributions.map((c) => (
            <Reason
              key={`${c.kind}:${c.source}:${c.side ?? ''}`}
              contribution={c}
              sources={sources}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

function Test({ test }: { readonly test: TestRecommendation }) {
  const words = useVocabulary();
  const reasons = test.reasons.slice(0, 2).map((reason) => `${words.testReason(reason)}.`);
  return (
    <li className="print-item">
      <strong>{test.name}.</strong> {test.purpose} {reasons.join(' ')}{' '}
      <span className="print-muted">Ordered or performed by: {test.orderedBy}.</span>
    </li>
  );
}

/** "Hop test negative (LR− 0.3, Expert estimate)", with a test's category, invasiveness and cost. */
function RuleOutLine({ ruleOut }: { readonly ruleOut: NotExcluded['ruleOut'] }) {
  const words = useVocabulary();
  if (ruleOut.kind === 'none') return <>{ruleOut.label}.</>;
  const figure = `(LR− ${Number(ruleOut.lrNegative.toPrecision(2))}, ${words.provenance[ruleOut.provenance]})`;
  let what = `${ruleOut.label} ${ruleOut.result} ${figure}`;
  if (ruleOut.kind === 'test') {
    const category =
      words.testCategories.find((c) => c.id === ruleOut.category)?.label ?? ruleOut.category;
    what += `: ${category.toLowerCase()}, invasiveness ${ruleOut.invasiveness} of 5, cost ${COST_LABELS[ruleOut.cost].toLowerCase()}`;
  }
  return <>{ruleOut.excludes ? `${what}.` : `${what}; not enough on its own to exclude it.`}</>;
}

/**
 * The serious causes not yet excluded, whatever their rank: printed after the red flags and before
 * the differential, as the panel shows them, each with what to do meanwhile and how to rule it out.
 */
function RecordNotYetExcluded({ entries }: { readonly entries: readonly NotExcluded[] }) {
  const words = useVocabulary();
  return (
    <section className="print-section" aria-labelledby="record-not-excluded">
      <h2 id="record-not-excluded">Not yet excluded</h2>
      <p>{DONT_MISS_INTRO}</p>
      {entries.length === 0 ? (
        <p>{DONT_MISS_NONE}</p>
      ) : (
        <ul className="print-compact-list">
          {entries.map((entry) => (
            <li key={entry.id} className="print-item">
              <strong>
                {entry.name}: {words.smallProbability(entry.probability)}
                {entry.redFlagged ? ', red-flagged' : ''}.
              </strong>{' '}
              Meanwhile: {entry.action} Rule out with: <RuleOutLine ruleOut={entry.ruleOut} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The assessment as the panel shows it: differential with reasons, factors and tests. */
export function RecordAssessment({
  assessment,
  sources,
}: {
  readonly assessment: Assessment;
  readonly sources: SourceIndex;
}) {
  const words = useVocabulary();
  const explained = explainedConditions(assessment);
  const shown = new Set(explained.map((c) => c.id));
  const unlikely = assessment.sufficiency.enough
    ? assessment.differential.filter((c) => !shown.has(c.id))
    : [];
  const groups = words.testCategories
    .map((category) => ({
      ...category,
      tests: assessment.tests.recommended.filter((t) => t.category === category.id),
    }))
    .filter((group) => group.tests.length > 0);
  const factors = [...assessment.contributingFactors, ...assessment.presentation];
  const done = assessment.tests.done.map((test) => {
    const results = (test.done?.results ?? []).map((r) =>
      r.side === undefined
        ? words.result[r.result]
        : `${words.side[r.side]}: ${words.result[r.result].toLowerCase()}`,
    );
    return `${test.name} (${results.join(', ')})`;
  });
  return (
    <>
      <RecordNotYetExcluded entries={assessment.notYetExcluded} />
      <section className="print-section" aria-labelledby="record-assessment">
        <h2 id="record-assessment">Assessment</h2>
        <p>
          {assessment.sufficiency.message} {words.differentialNote} Figures marked as estimates rest
          on expert opinion, not on a study.
        </p>
        {explained.length > 0 ? (
          <ol className="print-list">
            {explained.map((condition) => (
              <Condition key={condition.id} condition={condition} sources={sources} />
            ))}
          </ol>
        ) : null}
        {assessment.sufficiency.enough ? <p>{words.otherCause(assessment.otherCause)}</p> : null}
        {unlikely.length > 0 ? (
          <p>
            <strong>Also considered, unlikely:</strong>{' '}
            {unlikely.map((c) => `${c.name} ${words.probability(c.probability)}`).join('; ')}.
          </p>
        ) : null}
        {factors.length > 0 ? (
          <div className="print-keep">
            <h3>Contributing factors and presentation</h3>
            <ul>
              {factors.map((rule) => (
                <li key={rule.id}>
                  {rule.name}
                  {rule.because.length === 0
                    ? ''
                    : `, because: ${rule.because.map(words.witness).join(', ')}`}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
      <section className="print-section" aria-labelledby="record-tests">
        <h2 id="record-tests">Tests recommended</h2>
        {groups.length === 0 ? <p>No further test would change the picture much now.</p> : null}
        {groups.map((group) => (
          <div key={group.id}>
            <h3>{group.label}</h3>
            <ul className="print-compact-list">
              {group.tests.map((test) => (
                <Test key={test.id} test={test} />
              ))}
            </ul>
          </div>
        ))}
        {done.length > 0 ? (
          <p>
            <strong>Already done:</strong> {done.join('; ')}.
          </p>
        ) : null}
      </section>
    </>
  );
}
