import type { FactId } from './facts.ts';
import type { SourceId } from './sources.ts';
import type { AgePriors, FindingLR, Provenance, Side } from './types.ts';

/**
 * Constructors for likelihood-ratio entries. Each says where its figure came from, in the words the
 * explanation panel shows; an expert estimate says that it is one.
 */
interface Extra {
  readonly group?: string;
  readonly onlySide?: Side;
}
type LR = FindingLR<SourceId, FactId>;

const round2 = (x: number): number => Math.round(x * 100) / 100;
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function withExtra(entry: LR, extra: Extra): LR {
  return {
    ...entry,
    ...(extra.group === undefined ? {} : { group: extra.group }),
    ...(extra.onlySide === undefined ? {} : { onlySide: extra.onlySide }),
  };
}

/** LRs printed by the source. */
export function published(
  fact: FactId,
  lrs: { readonly pos?: number; readonly neg?: number },
  sources: readonly SourceId[],
  note?: string,
  extra: Extra = {},
): LR {
  const provenance: Provenance<SourceId> = {
    kind: 'published',
    sources,
    ...(note === undefined ? {} : { note }),
  };
  return withExtra(
    {
      fact,
      provenance,
      ...(lrs.pos === undefined ? {} : { lrPositive: lrs.pos }),
      ...(lrs.neg === undefined ? {} : { lrNegative: lrs.neg }),
    },
    extra,
  );
}

/** LR+ = Sn / (1 − Sp), LR− = (1 − Sn) / Sp, from the source's sensitivity and specificity. */
export function computed(
  fact: FactId,
  sn: number,
  sp: number,
  sources: readonly SourceId[],
  note?: string,
  extra: Extra = {},
): LR {
  const pos = round2(sn / (1 - sp));
  const neg = round2((1 - sn) / sp);
  const arithmetic = `Computed from Sn ${sn}, Sp ${sp}: LR+ = Sn/(1−Sp) = ${pos}, LR− = (1−Sn)/Sp = ${neg}.`;
  return withExtra(
    {
      fact,
      lrPositive: pos,
      lrNegative: neg,
      provenance: {
        kind: 'computed',
        sources,
        note: note === undefined ? arithmetic : `${arithmetic} ${note}`,
      },
    },
    extra,
  );
}

/** A figure from a secondary summary: lower confidence, verify against the primary paper. */
export function secondary(
  fact: FactId,
  lrs: { readonly pos?: number; readonly neg?: number },
  sources: readonly SourceId[],
  note: string,
  extra: Extra = {},
): LR {
  return withExtra(
    {
      fact,
      provenance: { kind: 'secondary', sources, note },
      ...(lrs.pos === undefined ? {} : { lrPositive: lrs.pos }),
      ...(lrs.neg === undefined ? {} : { lrNegative: lrs.neg }),
    },
    extra,
  );
}

/**
 * No published figure: the team's estimate. Kept modest (LR+ ≤ 5, LR− ≥ 0.2 unless the note
 * says why) so an estimate cannot dominate published evidence.
 */
export function estimate(
  fact: FactId,
  lrs: { readonly pos?: number; readonly neg?: number },
  note: string,
  informedBy: readonly SourceId[] = ['team'],
  extra: Extra = {},
): LR {
  return withExtra(
    {
      fact,
      provenance: { kind: 'expert-estimate', sources: informedBy, note: capitalise(note) },
      ...(lrs.pos === undefined ? {} : { lrPositive: lrs.pos }),
      ...(lrs.neg === undefined ? {} : { lrNegative: lrs.neg }),
    },
    extra,
  );
}

/**
 * A source's figure held back by the team: the LR used is a cap, not the published or computed
 * value, so the entry is the team's judgement (kind 'expert-estimate') and its note says so, giving
 * the source's own figure and the reason. Use it wherever a small or selected sample would
 * otherwise give near-certainty (an LR+ above 10 or an LR− below 0.1 from a few dozen patients).
 */
export function capped(
  fact: FactId,
  lrs: { readonly pos?: number; readonly neg?: number },
  sourceFigure: string,
  reason: string,
  sources: readonly SourceId[],
  extra: Extra = {},
): LR {
  const caps = [
    lrs.pos === undefined ? undefined : `LR+ ${lrs.pos}`,
    lrs.neg === undefined ? undefined : `LR− ${lrs.neg}`,
  ].filter((x) => x !== undefined);
  return withExtra(
    {
      fact,
      provenance: {
        kind: 'expert-estimate',
        sources,
        note: `Team cap at ${caps.join(', ')}: ${sourceFigure}. ${capitalise(reason)}`,
      },
      ...(lrs.pos === undefined ? {} : { lrPositive: lrs.pos }),
      ...(lrs.neg === undefined ? {} : { lrNegative: lrs.neg }),
    },
    extra,
  );
}

/** A pretest probability for one care setting, with where it came from. */
export function prior(
  probability: number,
  kind: Provenance['kind'],
  sources: readonly SourceId[],
  note: string,
) {
  return { probability, provenance: { kind, sources, note } } as const;
}

/**
 * The prior of a condition that cannot apply to this patient (a testis in a patient recorded
 * female, a slipped epiphysis once the growth plate has closed): never 0, so the arithmetic stays
 * defined. A condition at this prior is not "still possible" (scoring/not-yet-excluded.ts).
 */
export const CANNOT_APPLY_PRIOR = 0.000001;
export const CANNOT_APPLY = { general: CANNOT_APPLY_PRIOR, sports: CANNOT_APPLY_PRIOR } as const;

/**
 * An age band's priors (see AgePriors), the team's estimate in both settings: [from, below), for
 * one sex when given.
 */
export function ageBand(
  from: number,
  below: number,
  label: string,
  probabilities: { readonly general: number; readonly sports: number },
  note: string,
  sources: readonly SourceId[],
  sex?: 'female' | 'male',
): AgePriors<SourceId> {
  return {
    from,
    below,
    label,
    ...(sex === undefined ? {} : { sex }),
    priors: {
      general: prior(probabilities.general, 'expert-estimate', sources, note),
      sports: prior(probabilities.sports, 'expert-estimate', sources, note),
    },
  };
}
