import { DERIVED_FINDINGS } from '../knowledge-base/derived-findings.ts';
import { EXAM_ITEMS } from '../knowledge-base/exam-items.ts';
import type {
  DerivedFindingDef,
  ExamItemDef,
  Findings,
  ScalarValue,
  Side,
  SidedValue,
} from '../knowledge-base/types.ts';

/** Three-valued: present, absent, or not recorded. */
export type Tri = boolean | undefined;

/** A fact read from findings: present, absent or unknown, and the side that decided it. */
export interface FactReading {
  readonly value: Tri;
  /** The side that decided the value, for sided facts. */
  readonly side?: Side;
  /**
   * Why an unrecorded fact was read as absent, in words, when it was inferred rather than
   * recorded: a pain-map region left unticked on a map the clinician marked complete.
   */
  readonly inferred?: string;
}

/** The exam items that make up the pain map ("Where is the pain?"). */
export const PAIN_MAP_GROUP = 'pain-location';
/** The yes/no item by which the clinician says every pain-map region was asked about. */
export const PAIN_MAP_COMPLETE = 'pain-map-complete';
/** The reason shown for a region read as absent because the map is complete. */
export const PAIN_MAP_INFERENCE = 'not ticked on a pain map marked complete';
/** The reason shown for a region read as absent for a benign cause on a map in use. */
export const PARTIAL_MAP_INFERENCE =
  'not ticked on the pain map; read as pain-free for benign causes only until the map is marked complete';

/** The ids of the pain-map regions among a table of exam items. */
export function painMapRegions(items: readonly ExamItemDef[]): readonly string[] {
  return items.filter((item) => item.group === PAIN_MAP_GROUP).map((item) => item.id);
}

/**
 * Whether the clinician marked the pain map complete, so that an unticked region counts as
 * "no pain there". Ticking regions alone never implies it: a clinician who ticks "Groin" may not
 * have asked about the abdomen, and a retrocaecal appendix presents as hip or groin pain, so an
 * unticked region is "not recorded" until the map is marked complete.
 *
 * A complete map with no region ticked is honoured too: the control says "regions not ticked are
 * pain-free", and "no pain anywhere on the map" is a real answer (a follow-up visit once the pain
 * has settled, or pain only outside the map). Requiring a tick would silently discard what the
 * clinician stated.
 */
export function isPainMapComplete(findings: Findings): boolean {
  return findings[PAIN_MAP_COMPLETE] === true;
}

/** Reads facts out of findings for one knowledge base's exam items and derived findings. */
export interface FactReader {
  readonly examItem: (id: string) => ExamItemDef | undefined;
  readonly derivedFinding: (id: string) => DerivedFindingDef | undefined;
  /** A fact's value on one side (sided facts) or overall (unsided facts; side is ignored). */
  readonly factOnSide: (findings: Findings, fact: string, side: Side | undefined) => Tri;
  /**
   * A fact as the engine reads it. Sided facts count on the symptomatic side(s): present if
   * present on any relevant side; absent if recorded absent on a relevant side and present on
   * none. `onlySide` restricts the reading to one side (e.g. the psoas sign for appendicitis).
   */
  readonly readFact: (findings: Findings, fact: string, onlySide?: Side) => FactReading;
  /**
   * As readFact, for a benign (non-serious) condition: on a pain map in use (a region ticked)
   * but not marked complete, an unticked region reads as absent. The clinician who ticks only
   * "Groin" is saying where it hurts, and a benign cause of pain elsewhere should not rank on its
   * prior alone; a serious cause keeps the stricter rule (isPainMapComplete), since an unasked
   * abdomen must not lower a retrocaecal appendicitis.
   */
  readonly readFactForBenign: (findings: Findings, fact: string, onlySide?: Side) => FactReading;
}

function isSidedValue(value: unknown): value is SidedValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The raw recorded value of an item on one side (or the unsided value). */
export function rawValue(
  findings: Findings,
  itemId: string,
  side: Side | undefined,
): ScalarValue | undefined {
  const value = findings[itemId];
  if (value === undefined) return undefined;
  if (isSidedValue(value)) return side === undefined ? undefined : value[side];
  return value;
}

function numberOf(findings: Findings, itemId: string, side: Side | undefined): number | undefined {
  const v = rawValue(findings, itemId, side);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function stringOf(findings: Findings, itemId: string, side: Side | undefined): string | undefined {
  const v = rawValue(findings, itemId, side);
  return typeof v === 'string' ? v : undefined;
}

const compare = (value: number | undefined, test: (v: number) => boolean): Tri =>
  value === undefined ? undefined : test(value);

const LEFT: readonly Side[] = ['left'];
const RIGHT: readonly Side[] = ['right'];
const BOTH: readonly Side[] = ['left', 'right'];
const UNKNOWN: FactReading = { value: undefined };
const PAIN_MAP_ABSENT: FactReading = { value: false, inferred: PAIN_MAP_INFERENCE };
const PARTIAL_MAP_ABSENT: FactReading = { value: false, inferred: PARTIAL_MAP_INFERENCE };

/** The sides whose findings count: the symptomatic side(s), or both when none is recorded. */
export function relevantSides(findings: Findings): readonly Side[] {
  const side = findings['symptomatic-side'];
  if (side === 'left') return LEFT;
  if (side === 'right') return RIGHT;
  return BOTH;
}

/** Builds a fact reader over a table of exam items and derived findings (the real or a synthetic one). */
export function createFactReader(
  items: readonly ExamItemDef[],
  derived: readonly DerivedFindingDef[],
): FactReader {
  const itemById = new Map(items.map((item) => [item.id, item]));
  const derivedById = new Map(derived.map((d) => [d.id, d]));
  // An unticked pain-map region counts as "no pain there" only on a map marked complete (see
  // isPainMapComplete); otherwise it is not recorded.
  const painMap: ReadonlySet<string> = new Set(painMapRegions(items));
  const inferredAbsent = (findings: Findings, itemId: string): boolean =>
    painMap.has(itemId) && findings[itemId] === undefined && isPainMapComplete(findings);

  const binaryItem = (findings: Findings, itemId: string, side: Side | undefined): Tri => {
    const v = rawValue(findings, itemId, side);
    if (v === 'positive' || v === true) return true;
    if (v === 'negative' || v === false) return false;
    if (v === undefined && inferredAbsent(findings, itemId)) return false;
    return undefined;
  };

  const derivedOnSide = (
    findings: Findings,
    def: DerivedFindingDef,
    side: Side | undefined,
  ): Tri => {
    const rule = def.rule;
    switch (rule.kind) {
      case 'below':
        return compare(numberOf(findings, rule.item, side), (v) => v < rule.threshold);
      case 'at-most':
        return compare(numberOf(findings, rule.item, side), (v) => v <= rule.threshold);
      case 'above':
        return compare(numberOf(findings, rule.item, side), (v) => v > rule.threshold);
      case 'at-least':
        return compare(numberOf(findings, rule.item, side), (v) => v >= rule.threshold);
      case 'one-of': {
        const v = stringOf(findings, rule.item, side);
        return v === undefined ? undefined : rule.values.includes(v);
      }
      case 'positive-with': {
        const test = binaryItem(findings, rule.item, side);
        if (test !== true) return test;
        const detail = stringOf(findings, rule.detail, side);
        return detail === undefined ? undefined : detail === rule.value;
      }
      case 'side-difference': {
        const left = numberOf(findings, rule.item, 'left');
        const right = numberOf(findings, rule.item, 'right');
        return left === undefined || right === undefined
          ? undefined
          : Math.abs(left - right) > rule.threshold;
      }
    }
  };

  const factOnSide = (findings: Findings, fact: string, side: Side | undefined): Tri => {
    const d = derivedById.get(fact);
    if (d !== undefined) return derivedOnSide(findings, d, d.sided ? side : undefined);
    const item = itemById.get(fact);
    return item === undefined
      ? undefined
      : binaryItem(findings, fact, item.sided ? side : undefined);
  };

  // Most facts are not recorded in a given visit: answer those without reading further.
  const unrecorded = (findings: Findings, fact: string): boolean => {
    const d = derivedById.get(fact);
    if (d !== undefined) return d.from.every((id) => findings[id] === undefined);
    return findings[fact] === undefined && !inferredAbsent(findings, fact);
  };

  const readFact = (findings: Findings, fact: string, onlySide?: Side): FactReading => {
    if (unrecorded(findings, fact)) return UNKNOWN;
    if (inferredAbsent(findings, fact)) return PAIN_MAP_ABSENT;
    const sided = (itemById.get(fact) ?? derivedById.get(fact))?.sided ?? false;
    if (!sided) return { value: factOnSide(findings, fact, undefined) };
    const sides = onlySide === undefined ? relevantSides(findings) : [onlySide];
    let absentSide: Side | undefined;
    for (const side of sides) {
      const v = factOnSide(findings, fact, side);
      if (v === true) return { value: true, side };
      if (v === false && absentSide === undefined) absentSide = side;
    }
    return absentSide === undefined ? UNKNOWN : { value: false, side: absentSide };
  };

  const mapInUse = (findings: Findings): boolean => {
    for (const id of painMap) if (findings[id] === true) return true;
    return false;
  };
  const readFactForBenign = (findings: Findings, fact: string, onlySide?: Side): FactReading =>
    painMap.has(fact) &&
    findings[fact] === undefined &&
    !isPainMapComplete(findings) &&
    mapInUse(findings)
      ? PARTIAL_MAP_ABSENT
      : readFact(findings, fact, onlySide);

  return {
    examItem: (id) => itemById.get(id),
    derivedFinding: (id) => derivedById.get(id),
    readFactForBenign,
    factOnSide,
    readFact,
  };
}

/** The reader for the product's knowledge base. */
export const FACTS: FactReader = createFactReader(EXAM_ITEMS, DERIVED_FINDINGS);
/** The product reader's functions, for code that works on the real knowledge base only. */
export const { examItem, derivedFinding, factOnSide, readFact } = FACTS;
