import { memo, useId } from 'react';
import type { MatchedRule } from '../../clinical/index.ts';
import { witnessLabel } from './assessment-format';

function RuleList({
  title,
  rules,
  empty,
}: {
  readonly title: string;
  readonly rules: readonly MatchedRule<string>[];
  readonly empty: string;
}) {
  const headingId = useId();
  return (
    <section className="assessment-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {rules.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="assessment-rules">
          {rules.map((rule) => (
            <li key={rule.id}>
              <span className="assessment-rules__name">{rule.name}</span>
              {rule.because.length === 0 ? null : (
                <span className="muted"> because: {rule.because.map(witnessLabel).join(', ')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Contributing factors (addressed in the plan) and presentation types (they classify, not rank). */
function MatchedRulesView({
  factors,
  presentation,
}: {
  readonly factors: readonly MatchedRule<string>[];
  readonly presentation: readonly MatchedRule<string>[];
}) {
  return (
    <>
      <RuleList
        title="Contributing factors"
        rules={factors}
        empty="None shown by the findings so far."
      />
      <RuleList
        title="Presentation type"
        rules={presentation}
        empty="No presentation type derived from the findings so far."
      />
    </>
  );
}

export const MatchedRules = memo(MatchedRulesView);
