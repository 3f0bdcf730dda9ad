import type { Findings } from '../knowledge-base/types.ts';
import type { EngineKnowledgeBase } from './engine-kb.ts';
import { isPainMapComplete, painMapRegions } from './facts.ts';
import { factsOf } from './predicate.ts';

/** What the recorded findings can affect in one visit. */
export interface Touched {
  readonly facts: ReadonlySet<string>;
  /** Indexes into the knowledge base's conditions. */
  readonly conditions: ReadonlySet<number>;
}

/**
 * Maps each exam item to the facts it can change and each fact to the conditions that read it,
 * once per knowledge base. A visit records a few dozen of thousands of possible findings, so the
 * engine scores only the conditions those findings touch; every other condition has no recorded
 * evidence and keeps its prior, exactly as scoring it would give.
 */
export function createTouchIndex(
  kb: EngineKnowledgeBase<string, string, string, string, string>,
): (findings: Findings) => Touched {
  const factsOfItem = new Map<string, string[]>();
  const addFact = (item: string, fact: string): void => {
    factsOfItem.set(item, [...(factsOfItem.get(item) ?? []), fact]);
  };
  for (const item of kb.items) addFact(item.id, item.id);
  for (const d of kb.derived) for (const item of d.from) addFact(item, d.id);

  const conditionsOfFact = new Map<string, Set<number>>();
  const addCondition = (fact: string, index: number): void => {
    const set = conditionsOfFact.get(fact) ?? new Set<number>();
    set.add(index);
    conditionsOfFact.set(fact, set);
  };
  const indexOf = new Map(kb.conditions.map((c, i) => [c.id, i]));
  kb.conditions.forEach((c, i) => {
    for (const f of c.findings) addCondition(f.fact, i);
  });
  for (const cluster of kb.clusters) {
    const i = indexOf.get(cluster.condition);
    if (i === undefined) continue;
    for (const fact of [...cluster.components, ...cluster.levels.flatMap((l) => factsOf(l.when))])
      addCondition(fact, i);
  }
  // A pain map marked complete records every unticked region as absent (see isPainMapComplete);
  // one in use does so for benign causes.
  const painMap = painMapRegions(kb.items);

  return (findings) => {
    const facts = new Set<string>();
    for (const key of Object.keys(findings))
      for (const fact of factsOfItem.get(key) ?? []) facts.add(fact);
    // A map marked complete, or in use (a region ticked: read for benign causes, see
    // readFactForBenign), bears on every region.
    if (isPainMapComplete(findings) || painMap.some((id) => findings[id] === true))
      for (const id of painMap) facts.add(id);
    const conditions = new Set<number>();
    for (const fact of facts) for (const i of conditionsOfFact.get(fact) ?? []) conditions.add(i);
    return { facts, conditions };
  };
}
