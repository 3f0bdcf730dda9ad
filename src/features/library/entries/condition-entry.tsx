import { OTHER_CAUSE } from '../../../clinical/index.ts';
import type { Tier } from '../../../clinical/index.ts';
import {
  CARE_SETTING_LABELS,
  formatPrior,
  PROVENANCE_LABELS,
  STANCE_LABELS,
  TEST_CATEGORY_LABELS,
  tierLabel,
  URGENCY_LABELS,
} from '../catalogue/format';
import { findRecord, type ConditionRecord } from '../catalogue/records';
import {
  clustersForCondition,
  coexistenceFor,
  redFlagsSuspecting,
  testsForCondition,
  treatmentsForCondition,
} from '../catalogue/relations';
import {
  Aliases,
  Details,
  EntryLink,
  EntrySection,
  FactLink,
  LinkList,
  ProvenanceNote,
  SourceLinks,
} from './entry-parts';
import { LrTable } from './lr-table';

function Priors({ condition }: { readonly condition: ConditionRecord }) {
  return (
    <EntrySection title="Pretest probability (prior)">
      <p className="muted">
        Where the assessment starts before any finding, by care setting. A prior is a figure like
        any other: its kind says whether it was published or estimated.
      </p>
      <ul className="library-figures">
        {(['general', 'sports'] as const).map((setting) => {
          const prior = condition.priors[setting];
          return (
            <li key={setting}>
              <p className="library-figure">
                {CARE_SETTING_LABELS[setting]}: <strong>{formatPrior(prior.probability)}</strong>
              </p>
              <ProvenanceNote provenance={prior.provenance} />
            </li>
          );
        })}
      </ul>
      {(condition.priorsByAge ?? []).length === 0 ? null : (
        <>
          <h3>By age{condition.priorsByAge?.some((b) => b.sex !== undefined) ? ' and sex' : ''}</h3>
          <p className="muted">
            Once an age (and, where it matters, a sex) is recorded, the first band that matches
            replaces the prior above.
          </p>
          <ul className="library-figures">
            {(condition.priorsByAge ?? []).map((band) => (
              <li key={band.label}>
                <p className="library-figure">
                  {band.label}: {CARE_SETTING_LABELS.general}{' '}
                  <strong>{formatPrior(band.priors.general.probability)}</strong>,{' '}
                  {CARE_SETTING_LABELS.sports}{' '}
                  <strong>{formatPrior(band.priors.sports.probability)}</strong>
                </p>
                <ProvenanceNote provenance={band.priors.general.provenance} />
              </li>
            ))}
          </ul>
        </>
      )}
    </EntrySection>
  );
}

/** How the condition takes part in the ranking: competing for the complaint, or scored alone. */
function Competition({ condition }: { readonly condition: ConditionRecord }) {
  if (condition.serious)
    return (
      <EntrySection title="How it is ranked">
        <p>
          Scored on its own evidence, against its absence. It does not compete with the benign
          causes, so a good fit for one of them never lowers it; red flags are checked separately.
        </p>
      </EntrySection>
    );
  const together = coexistenceFor(condition.id);
  return (
    <EntrySection title="How it shares the complaint">
      <p>
        It competes with the other benign causes, and with another cause not listed, for one share
        of the complaint: a better fit for one lowers the rest. Before any finding, another cause
        not listed takes:
      </p>
      <ul className="library-figures">
        {(['general', 'sports'] as const).map((setting) => (
          <li key={setting}>
            <p className="library-figure">
              {CARE_SETTING_LABELS[setting]}:{' '}
              <strong>{formatPrior(OTHER_CAUSE.priors[setting].probability)}</strong>
            </p>
            <ProvenanceNote provenance={OTHER_CAUSE.priors[setting].provenance} />
          </li>
        ))}
      </ul>
      {together.length === 0 ? (
        <p>No other cause is recorded as occurring together with it.</p>
      ) : (
        <>
          <h3>Occurs together with (their evidence does not lower it)</h3>
          <ul className="library-figures">
            {together.map((entry) => (
              <li key={entry.note}>
                <p className="library-figure">
                  {entry.partners.map((id, index) => (
                    <span key={id}>
                      {index === 0 ? '' : ', '}
                      <EntryLink kind="conditions" id={id}>
                        {findRecord('conditions', id)?.name ?? id}
                      </EntryLink>
                    </span>
                  ))}
                </p>
                <p className="provenance__text">{entry.note}</p>
                <SourceLinks ids={entry.sources} />
              </li>
            ))}
          </ul>
        </>
      )}
    </EntrySection>
  );
}

function qualifier(group: string | undefined, onlySide: string | undefined): string | undefined {
  const parts = [
    group === undefined ? undefined : `dependency group: ${group}`,
    onlySide === undefined ? undefined : `${onlySide} side only`,
  ].filter((part) => part !== undefined);
  return parts.length === 0 ? undefined : parts.join('; ');
}

function Findings({ condition }: { readonly condition: ConditionRecord }) {
  const clusters = clustersForCondition(condition.id);
  return (
    <EntrySection title="Findings that move it">
      <p className="muted">
        Within a dependency group only the strongest recorded finding counts; the others are
        correlated with it and are not multiplied in.
      </p>
      <LrTable
        caption={`Likelihood ratios for ${condition.name}`}
        subjectHeader="Finding"
        rows={condition.findings.map((f) => ({
          key: f.fact,
          subject: <FactLink fact={f.fact} />,
          qualifier: qualifier(f.group, f.onlySide),
          lrPositive: f.lrPositive,
          lrNegative: f.lrNegative,
          provenance: f.provenance,
        }))}
      />
      {clusters.length === 0 ? null : (
        <>
          <h3>Prediction rules</h3>
          <LinkList
            kind="clusters"
            empty=""
            items={clusters.map((c) => ({
              id: c.id,
              name: c.name,
              note: `(${c.levels.map((level) => `${level.label}: LR ${level.lr}`).join('; ')}; ${PROVENANCE_LABELS[c.provenance.kind].toLowerCase()})`,
            }))}
          />
        </>
      )}
    </EntrySection>
  );
}

function Tests({ conditionId, name }: { readonly conditionId: string; readonly name: string }) {
  const { scored, bearing } = testsForCondition(conditionId);
  return (
    <EntrySection title="Diagnostic tests">
      {scored.length === 0 ? null : (
        <LrTable
          caption={`Test accuracy for ${name}`}
          subjectHeader="Test"
          rows={scored.map(({ test, target }) => ({
            key: test.id,
            subject: (
              <EntryLink kind="tests" id={test.id}>
                {test.name}
              </EntryLink>
            ),
            qualifier: TEST_CATEGORY_LABELS[test.category],
            lrPositive: target.lrPositive,
            lrNegative: target.lrNegative,
            provenance: target.provenance,
          }))}
        />
      )}
      <h3>{scored.length === 0 ? 'Tests that bear on it' : 'Other tests that bear on it'}</h3>
      <LinkList
        kind="tests"
        empty="No other test in the knowledge base bears on it."
        items={bearing.map((t) => ({
          id: t.id,
          name: t.name,
          note: `(${TEST_CATEGORY_LABELS[t.category]})`,
        }))}
      />
    </EntrySection>
  );
}

function Treatments({ conditionId }: { readonly conditionId: string }) {
  const { indicated, avoided } = treatmentsForCondition(conditionId);
  const tiers = ([1, 2, 3, 4, 5] as const satisfies readonly Tier[])
    .map((tier) => ({ tier, items: indicated.filter((t) => t.tier === tier) }))
    .filter((group) => group.items.length > 0);
  return (
    <EntrySection title="Treatments">
      {tiers.length === 0 ? (
        <p className="muted">No treatment in the knowledge base lists it.</p>
      ) : null}
      {tiers.map(({ tier, items }) => (
        <div key={tier}>
          <h3>{tierLabel(tier)}</h3>
          <LinkList
            kind="treatments"
            empty=""
            items={items.map((t) => ({
              id: t.id,
              name: t.name,
              note: `(${STANCE_LABELS[t.evidence.stance].toLowerCase()})`,
            }))}
          />
        </div>
      ))}
      {avoided.length === 0 ? null : (
        <>
          <h3>Avoid in this condition</h3>
          <ul className="library-figures">
            {avoided.map(({ treatment, reason, sources }) => (
              <li key={treatment.id}>
                <p>
                  <EntryLink kind="treatments" id={treatment.id}>
                    {treatment.name}
                  </EntryLink>
                  : {reason}
                </p>
                <SourceLinks ids={sources} />
              </li>
            ))}
          </ul>
        </>
      )}
    </EntrySection>
  );
}

/** A condition: what it is, its codes and prior, what moves it, and its tests and treatments. */
export function ConditionEntry({ condition }: { readonly condition: ConditionRecord }) {
  const flags = redFlagsSuspecting(condition.id);
  return (
    <>
      <Aliases aliases={condition.aliases} />
      <p className="library-lead">{condition.description}</p>
      <Details
        items={[
          ['ICD-10', <strong>{condition.icd10}</strong>],
          ['SNOMED CT', condition.snomed],
          [
            'Serious',
            condition.serious ? 'Yes: screened by red flags before anything else' : undefined,
          ],
          ['About the code', condition.icd10Note, 'wide'],
          ['While not excluded', condition.action, 'wide'],
        ]}
      />
      <Priors condition={condition} />
      <Competition condition={condition} />
      <Findings condition={condition} />
      <Tests conditionId={condition.id} name={condition.name} />
      <Treatments conditionId={condition.id} />
      {flags.length === 0 ? null : (
        <EntrySection title="Red flags that raise it">
          <LinkList
            kind="red-flags"
            empty=""
            items={flags.map((f) => ({
              id: f.id,
              name: f.name,
              note: `(${URGENCY_LABELS[f.urgency]})`,
            }))}
          />
        </EntrySection>
      )}
      <EntrySection title="Sources">
        <SourceLinks ids={condition.sources} />
      </EntrySection>
    </>
  );
}
