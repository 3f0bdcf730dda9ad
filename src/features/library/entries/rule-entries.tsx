import { URGENCY_LABELS } from '../catalogue/format';
import {
  findRecord,
  type ClusterRecord,
  type FactorRecord,
  type PresentationRecord,
  type RedFlagRecord,
} from '../catalogue/records';
import { treatmentsTagged } from '../catalogue/relations';
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
import { PredicateText } from './predicate-text';

const conditionName = (id: string): string => findRecord('conditions', id)?.name ?? id;

/** A red flag: when it fires, the action, what it raises and what it removes from the plan. */
export function RedFlagEntry({ flag }: { readonly flag: RedFlagRecord }) {
  const removed = flag.contraindicates.map((tag) => ({ tag, treatments: treatmentsTagged(tag) }));
  return (
    <>
      <Aliases aliases={flag.aliases} />
      <p className="library-lead">{flag.message}</p>
      <Details items={[['Urgency', URGENCY_LABELS[flag.urgency]]]} />
      <EntrySection title="Fires when">
        <p>
          <PredicateText predicate={flag.when} />
        </p>
        <p className="muted">
          A red flag is a rule, not a ranking: nothing else recorded can switch it off.
        </p>
      </EntrySection>
      <EntrySection title="Action">
        <p>{flag.action}</p>
      </EntrySection>
      <EntrySection title="Conditions it raises">
        <LinkList
          kind="conditions"
          empty="None named."
          items={flag.suspects.map((id) => ({ id, name: conditionName(id) }))}
        />
      </EntrySection>
      {removed.length === 0 ? null : (
        <EntrySection title="Removed from the plan while it is present">
          {removed.map(({ tag, treatments }) => (
            <details key={tag} className="library-disclosure">
              <summary>
                Treatments tagged “{tag}” ({treatments.length})
              </summary>
              <LinkList
                kind="treatments"
                empty="None."
                items={treatments.map((t) => ({ id: t.id, name: t.name }))}
              />
            </details>
          ))}
        </EntrySection>
      )}
      <EntrySection title="Sources">
        <SourceLinks ids={flag.sources} />
      </EntrySection>
    </>
  );
}

/** A prediction rule: its condition, components, levels with their LRs, and where they come from. */
export function ClusterEntry({ cluster }: { readonly cluster: ClusterRecord }) {
  return (
    <>
      <Details
        items={[
          [
            'Condition',
            <EntryLink kind="conditions" id={cluster.condition}>
              {conditionName(cluster.condition)}
            </EntryLink>,
          ],
          [
            'Dependency group',
            `${cluster.group}: it replaces its components' single LRs rather than multiplying with them`,
          ],
        ]}
      />
      <EntrySection title="Components">
        <ul className="library-links">
          {cluster.components.map((fact) => (
            <li key={fact}>
              <FactLink fact={fact} />
            </li>
          ))}
        </ul>
      </EntrySection>
      <EntrySection title="Levels">
        <ul className="library-figures">
          {cluster.levels.map((level) => (
            <li key={level.label}>
              <p className="library-figure">
                {level.label}: <strong>LR {level.lr}</strong>
              </p>
              <p>
                Holds when <PredicateText predicate={level.when} />.
              </p>
            </li>
          ))}
          {cluster.lrNegative === undefined ? null : (
            <li>
              <p className="library-figure">
                Not met, with every component recorded: <strong>LR {cluster.lrNegative}</strong>
              </p>
            </li>
          )}
        </ul>
        <ProvenanceNote provenance={cluster.provenance} />
      </EntrySection>
    </>
  );
}

/** A contributing factor: what it is, when the findings show it, and what addresses it. */
export function FactorEntry({ factor }: { readonly factor: FactorRecord }) {
  return (
    <>
      <Aliases aliases={factor.aliases} />
      <p className="library-lead">{factor.description}</p>
      <EntrySection title="Shown when">
        <p>
          <PredicateText predicate={factor.when} />
        </p>
      </EntrySection>
      <EntrySection title="Addressed by">
        <LinkList
          kind="treatments"
          empty="No treatment listed."
          items={factor.addressedBy.map((id) => ({
            id,
            name: findRecord('treatments', id)?.name ?? id,
          }))}
        />
      </EntrySection>
      <EntrySection title="Sources">
        <SourceLinks ids={factor.sources} />
      </EntrySection>
    </>
  );
}

/** A presentation type: a label for the presentation; it never changes a probability. */
export function PresentationEntry({ type }: { readonly type: PresentationRecord }) {
  return (
    <>
      <Aliases aliases={type.aliases} />
      <p className="library-lead">{type.description}</p>
      <EntrySection title="Shown when">
        <p>
          {type.when === null ? (
            "The clinician's judgement: it cannot be derived from the exam."
          ) : (
            <PredicateText predicate={type.when} />
          )}
        </p>
      </EntrySection>
      <EntrySection title="Sources">
        <SourceLinks ids={type.sources} />
      </EntrySection>
    </>
  );
}
