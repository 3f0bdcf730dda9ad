import { OTHER_CAUSE } from '../src/clinical/knowledge-base/competition.ts';
import type { EngineKnowledgeBase } from '../src/clinical/scoring/engine-kb.ts';
import type {
  ClusterDef,
  ConditionDef,
  DiagnosticTestDef,
  ExamItemDef,
  FindingLR,
  RedFlagDef,
} from '../src/clinical/index.ts';

/**
 * A synthetic knowledge base with the shape of the real one, at any size: the largest published
 * diagnostic systems hold about 2,500 conditions and 5,000 findings. Seeded, so every run builds
 * the same base. Each condition has 20 LR entries (a quarter in dependency groups), each 50th has
 * a 5-component cluster; 50 red-flag rules; one in-clinic test per 5 findings and 500 further tests
 * with 3 targets each.
 */
export interface SyntheticSize {
  readonly conditions: number;
  readonly findings: number;
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const provenance = {
  kind: 'expert-estimate',
  sources: ['team'],
  note: 'Expert estimate: synthetic',
} as const;

export function syntheticKb(
  size: SyntheticSize,
  seed = 42,
): EngineKnowledgeBase<string, string, string, string, string> {
  const random = mulberry32(seed);
  const pick = (n: number): number => Math.floor(random() * n);
  const items: ExamItemDef[] = Array.from({ length: size.findings }, (_, i) => ({
    id: `f${i}`,
    label: `Finding ${i}`,
    aliases: [],
    section: 'special-tests',
    value: i % 5 === 0 ? { kind: 'test' } : { kind: 'yes-no' },
    sided: i % 5 === 0,
    sources: ['team'],
  }));
  const fact = (): string => `f${pick(size.findings)}`;
  const conditions: (ConditionDef & { readonly id: string })[] = Array.from(
    { length: size.conditions },
    (_, c) => {
      const findings: FindingLR[] = Array.from({ length: 20 }, (_, k) => ({
        fact: fact(),
        lrPositive: 1 + random() * 9,
        lrNegative: 0.1 + random() * 0.85,
        ...(k % 4 === 0 ? { group: `g${k % 3}` } : {}),
        provenance,
      }));
      const prior = { probability: 0.0005 + random() * 0.05, provenance };
      return {
        id: `c${c}`,
        name: `Condition ${c}`,
        aliases: [],
        icd10: 'R69',
        category: 'joint',
        description: '',
        priors: { general: prior, sports: prior },
        findings,
        sources: ['team'],
        serious: c % 100 === 0,
      };
    },
  );
  const clusters: ClusterDef[] = conditions
    .filter((_, i) => i % 50 === 0)
    .map((c) => {
      const components = Array.from({ length: 5 }, fact);
      return {
        id: `k-${c.id}`,
        name: 'Cluster',
        condition: c.id,
        components,
        levels: [
          {
            label: '3 of 5',
            when: { atLeast: 3, of: components.map((f) => ({ fact: f })) },
            lr: 5,
          },
        ],
        lrNegative: 0.3,
        group: 'g0',
        provenance,
      };
    });
  const redFlags: (RedFlagDef & { readonly id: string })[] = Array.from({ length: 50 }, (_, i) => ({
    id: `rf${i}`,
    name: `Flag ${i}`,
    aliases: [],
    urgency: 'urgent',
    when: { all: [{ fact: fact() }, { any: [{ fact: fact() }, { fact: fact() }] }] },
    message: '',
    action: '',
    suspects: [`c${pick(size.conditions)}`],
    contraindicates: [],
    sources: ['team'],
  }));
  const inClinic: (DiagnosticTestDef & { readonly id: string })[] = items
    .filter((_, i) => i % 5 === 0)
    .map((item) => ({
      id: `t-${item.id}`,
      name: item.label,
      aliases: [],
      category: 'in-clinic',
      examItem: item.id,
      purpose: '',
      targets: [],
      bearsOn: [],
      orderedBy: '',
      invasiveness: 1,
      cost: 'free',
      accuracy: '',
      sources: ['team'],
    }));
  const others: (DiagnosticTestDef & { readonly id: string })[] = Array.from(
    { length: 500 },
    (_, i) => ({
      id: `t${i}`,
      name: `Test ${i}`,
      aliases: [],
      category: 'imaging',
      purpose: '',
      targets: Array.from({ length: 3 }, () => ({
        condition: `c${pick(size.conditions)}`,
        lrPositive: 2 + random() * 8,
        lrNegative: 0.05 + random() * 0.5,
        provenance,
      })),
      bearsOn: [],
      orderedBy: '',
      invasiveness: 2,
      cost: 'moderate',
      accuracy: '',
      sources: ['team'],
    }),
  );
  return {
    version: 'synthetic',
    items,
    derived: [],
    conditions,
    clusters,
    coexisting: [],
    otherCause: OTHER_CAUSE,
    redFlags,
    tests: [...inClinic, ...others],
    factors: [],
    presentation: [],
  };
}

/** A visit's worth of findings over a synthetic base: `count` facts recorded, two thirds present. */
export function syntheticFindings(
  size: SyntheticSize,
  count: number,
  seed: number,
): Record<string, unknown> {
  const random = mulberry32(seed);
  const findings: Record<string, unknown> = {};
  for (let k = 0; k < count; k++) {
    const i = Math.floor(random() * size.findings);
    const present = random() < 2 / 3;
    findings[`f${i}`] = i % 5 === 0 ? { right: present ? 'positive' : 'negative' } : present;
  }
  return findings;
}
