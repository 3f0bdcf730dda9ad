import { OTHER_CAUSE } from '../knowledge-base/competition.ts';
import type {
  ConditionDef,
  DiagnosticTestDef,
  ExamItemDef,
  FindingLR,
  RedFlagDef,
} from '../knowledge-base/types.ts';
import type { EngineKnowledgeBase } from './engine-kb.ts';

/**
 * A small synthetic knowledge base for the don't-miss tests (not-yet-excluded and the harm-weighted
 * test ranking): two benign conditions that are both likely, serious conditions whose priors the
 * test chooses, a red flag, an in-clinic test for each side and laboratory tests with figures.
 * Test code only.
 */
export type FixtureCondition = 'benign-a' | 'benign-b' | 'danger' | 'quiet-danger' | 'no-rule-out';
export type FixtureTest = 'hop' | 'separate' | 'scan' | 'blood';

const provenance = { kind: 'expert-estimate', sources: ['team'] } as const;
const published = { kind: 'published', sources: ['team'] } as const;

function item(id: string, label: string, kind: 'test' | 'yes-no'): ExamItemDef {
  return {
    id,
    label,
    aliases: [],
    section: kind === 'test' ? 'special-tests' : 'history',
    value: { kind },
    sided: false,
    sources: ['team'],
  };
}

function condition(
  id: FixtureCondition,
  name: string,
  prior: number,
  serious: boolean,
  findings: readonly FindingLR[],
  action?: string,
): ConditionDef & { readonly id: FixtureCondition } {
  const p = { probability: prior, provenance };
  return {
    id,
    name,
    aliases: [],
    icd10: 'R69',
    category: serious ? 'bone' : 'joint',
    description: '',
    priors: { general: p, sports: p },
    findings,
    sources: ['team'],
    serious,
    ...(action === undefined ? {} : { action }),
  };
}

function inClinic(
  id: FixtureTest,
  examItem: string,
  name: string,
): DiagnosticTestDef<string, FixtureCondition> & { readonly id: FixtureTest } {
  return {
    id,
    name,
    aliases: [],
    category: 'in-clinic',
    examItem,
    purpose: '',
    targets: [],
    bearsOn: [],
    orderedBy: 'Physiotherapist',
    invasiveness: 1,
    cost: 'free',
    accuracy: '',
    sources: ['team'],
  };
}

/** Priors the test chooses for the serious conditions; the benign ones start at 40% each. */
export interface FixturePriors {
  readonly danger: number;
  readonly quietDanger?: number;
  readonly noRuleOut?: number;
}

export function dontMissKb(
  priors: FixturePriors,
): EngineKnowledgeBase<FixtureCondition, 'flag', FixtureTest, never, never> {
  const redFlag: RedFlagDef<string, string, FixtureCondition> & { readonly id: 'flag' } = {
    id: 'flag',
    name: 'Flag',
    aliases: [],
    urgency: 'urgent',
    when: { fact: 'flag-finding' },
    message: '',
    action: '',
    suspects: ['quiet-danger'],
    contraindicates: [],
    sources: ['team'],
  };
  return {
    version: 'fixture',
    items: [
      item('separating-test', 'Separating test', 'test'),
      item('hop-test', 'Hop test', 'test'),
      item('impact-pain', 'Pain with impact', 'yes-no'),
      item('loading-history', 'Loading history', 'yes-no'),
      item('flag-finding', 'Flag finding', 'yes-no'),
      item('quiet-sign', 'Quiet sign', 'yes-no'),
      item('vague-sign', 'Vague sign', 'yes-no'),
    ],
    derived: [],
    conditions: [
      condition('benign-a', 'Benign A', 0.4, false, [
        { fact: 'separating-test', lrPositive: 5, lrNegative: 0.2, provenance: published },
      ]),
      condition('benign-b', 'Benign B', 0.4, false, [
        { fact: 'separating-test', lrPositive: 0.2, lrNegative: 5, provenance: published },
      ]),
      condition(
        'danger',
        'Danger',
        priors.danger,
        true,
        [
          { fact: 'hop-test', lrPositive: 4, lrNegative: 0.04, provenance: published },
          { fact: 'impact-pain', lrPositive: 2.5, lrNegative: 0.4, provenance },
          { fact: 'loading-history', lrPositive: 2, provenance },
        ],
        'Stop running and refer for imaging.',
      ),
      condition('quiet-danger', 'Quiet danger', priors.quietDanger ?? 0.001, true, [
        { fact: 'quiet-sign', lrPositive: 3, lrNegative: 0.5, provenance },
      ]),
      condition('no-rule-out', 'No rule-out', priors.noRuleOut ?? 0.001, true, [
        { fact: 'vague-sign', lrPositive: 3, provenance },
      ]),
    ],
    clusters: [],
    coexisting: [],
    otherCause: OTHER_CAUSE,
    redFlags: [redFlag],
    tests: [
      inClinic('separate', 'separating-test', 'Separating test'),
      inClinic('hop', 'hop-test', 'Hop test'),
      {
        id: 'scan',
        name: 'Scan',
        aliases: [],
        category: 'imaging',
        purpose: '',
        targets: [{ condition: 'danger', lrPositive: 20, lrNegative: 0.05, provenance }],
        bearsOn: [],
        orderedBy: 'Doctor',
        invasiveness: 2,
        cost: 'high',
        accuracy: '',
        sources: ['team'],
      },
      {
        id: 'blood',
        name: 'Blood test',
        aliases: [],
        category: 'laboratory',
        purpose: '',
        targets: [{ condition: 'quiet-danger', lrPositive: 2, lrNegative: 0.3, provenance }],
        bearsOn: [],
        orderedBy: 'Doctor',
        invasiveness: 2,
        cost: 'low',
        accuracy: '',
        sources: ['team'],
      },
    ],
    factors: [],
    presentation: [],
  };
}
