import type { HomeExercise, PlanDraft } from '../../clinical/index.ts';
import { TIER_TITLES } from '../../clinical/index.ts';
import { SourceCitations } from './source-citations';

/** When to step up from one tier to the next, with the evidence for each criterion. */
export function EscalationSection({
  escalation,
}: {
  readonly escalation: PlanDraft['escalation'];
}) {
  return (
    <section className="plan-section" aria-labelledby="plan-escalation-heading">
      <h2 id="plan-escalation-heading">When to step up</h2>
      <ol className="plan-escalation">
        {escalation.map((e) => (
          <li key={`${e.fromTier}-${e.toTier}`}>
            <p>
              <strong>
                From tier {e.fromTier} to tier {e.toTier}, {TIER_TITLES[e.toTier].toLowerCase()}:
              </strong>{' '}
              {e.criterion}
            </p>
            <details className="plan-escalation__sources">
              <summary>Sources</summary>
              <SourceCitations ids={e.sources} />
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The patient's home exercises, each with the dosage as the plan now states it. */
export function HomeProgramme({ exercises }: { readonly exercises: readonly HomeExercise[] }) {
  return (
    <section className="plan-section" aria-labelledby="plan-home-heading">
      <h2 id="plan-home-heading">Home exercise programme</h2>
      {exercises.length === 0 ? (
        <p>
          No home exercises in the plan (exercises and stretches of tiers 1 and 2 with a dosage).
        </p>
      ) : (
        <ol className="plan-home">
          {exercises.map((e) => (
            <li key={e.treatmentId} className="plan-home__item">
              <p className="plan-home__name">
                <strong>{e.name}</strong>: {e.dosage}
              </p>
              <p className="plan-home__how">{e.handout}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Advice from the knowledge base: prevention tips, or when to see a doctor. */
export function AdviceSection({
  id,
  title,
  intro,
  advice,
}: {
  readonly id: string;
  readonly title: string;
  readonly intro?: string;
  readonly advice: PlanDraft['prevention'];
}) {
  return (
    <section className="plan-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro === undefined ? null : <p>{intro}</p>}
      <ul className="plan-advice">
        {advice.map((a) => (
          <li key={a.id}>
            <strong>{a.name}.</strong> {a.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
