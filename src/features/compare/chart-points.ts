import { EVIDENCE_LEVEL_RANK, TREATMENT_LIST } from '../../clinical/index.ts';
import type {
  ComparedOption,
  EvidenceLevel,
  EvidenceStance,
  Treatment,
} from '../../clinical/index.ts';

/** One mark on the chart: one treatment, or several of a tier that share both values. */
export interface ChartPoint {
  readonly optionId: string;
  /** Evidence certainty 0 (no trials) to 4 (high), nudged sideways per option so marks do not hide each other. */
  readonly x: number;
  readonly level: EvidenceLevel;
  readonly invasiveness: number;
  readonly names: readonly string[];
  /** The sources advise against it (not recommended, or do not offer). */
  readonly against: boolean;
}

export interface ChartSeries {
  readonly optionId: string;
  readonly label: string;
  readonly points: readonly ChartPoint[];
}

const AGAINST: ReadonlySet<EvidenceStance> = new Set(['not-recommended', 'do-not-offer']);
/** Sideways step between options at the same value: small next to the gap between levels. */
const NUDGE = 0.14;

function treatmentsOf(option: ComparedOption): readonly Treatment[] {
  if (option.kind === 'treatment') return [option.treatment];
  const ids = new Set<string>(option.members.map((m) => m.id));
  return TREATMENT_LIST.filter((t) => ids.has(t.id));
}

/**
 * Invasiveness against certainty of evidence, one series per option. A tier contributes one mark
 * per distinct pair of values, naming every treatment that shares it.
 */
export function chartSeries(options: readonly ComparedOption[]): readonly ChartSeries[] {
  const centre = (options.length - 1) / 2;
  return options.map((option, index) => {
    const groups = new Map<
      string,
      { level: EvidenceLevel; invasiveness: number; against: boolean; names: string[] }
    >();
    for (const t of treatmentsOf(option)) {
      const against = AGAINST.has(t.evidence.stance);
      const key = `${t.evidence.level}|${t.invasiveness}|${against}`;
      const group = groups.get(key) ?? {
        level: t.evidence.level,
        invasiveness: t.invasiveness,
        against,
        names: [],
      };
      group.names.push(t.name);
      groups.set(key, group);
    }
    const points = [...groups.values()].map((g): ChartPoint => ({
      optionId: option.id,
      x: EVIDENCE_LEVEL_RANK[g.level] + (index - centre) * NUDGE,
      level: g.level,
      invasiveness: g.invasiveness,
      names: g.names,
      against: g.against,
    }));
    points.sort((a, b) => a.x - b.x || a.invasiveness - b.invasiveness);
    return { optionId: option.id, label: option.label, points };
  });
}
