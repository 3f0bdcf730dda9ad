import { DERIVED_FINDINGS } from '../knowledge-base/derived-findings.ts';
import type { DerivedFindingId } from '../knowledge-base/derived-findings.ts';
import { EXAM_ITEMS } from '../knowledge-base/exam-items.ts';
import type { ExamItemId } from '../knowledge-base/exam-items.ts';
import type { FactId } from '../knowledge-base/facts.ts';
import type { DerivedFindingDef, ExamItemDef, Findings, ScalarValue, Side, SidedValue } from '../knowledge-base/types.ts';

/** Three-valued: present, absent, or not recorded. */
export type Tri = boolean | undefined;

const ITEM_BY_ID: ReadonlyMap<string, ExamItemDef> = new Map(EXAM_ITEMS.map((item) => [item.id, item]));
const DERIVED_BY_ID: ReadonlyMap<string, DerivedFindingDef> = new Map(DERIVED_FINDINGS.map((d) => [d.id, d]));

/** Exam item definition by id, or undefined. */
export function examItem(id: string): ExamItemDef | undefined {
  return ITEM_BY_ID.get(id);
}

/** Derived finding definition by id, or undefined. */
export function derivedFinding(id: string): DerivedFindingDef | undefined {
  return DERIVED_BY_ID.get(id);
}

function isSidedValue(value: unknown): value is SidedValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The raw recorded value of an item on one side (or the unsided value). */
export function rawValue(findings: Findings, itemId: string, side: Side | undefined): ScalarValue | undefined {
  const value = findings[itemId];
  if (value === undefined) return undefined;
  if (isSidedValue(value)) return side === undefined ? undefined : value[side];
  return value;
}

/** A number recorded for an item on a side, if it is a valid number. */
function numberOf(findings: Findings, itemId: string, side: Side | undefined): number | undefined {
  const v = rawValue(findings, itemId, side);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function stringOf(findings: Findings, itemId: string, side: Side | undefined): string | undefined {
  const v = rawValue(findings, itemId, side);
  return typeof v === 'string' ? v : undefined;
}

const PAIN_MAP: readonly string[] = EXAM_ITEMS.filter((item) => 'group' in item && item.group === 'pain-location').map((item) => item.id);

/**
 * A test or yes/no item as present / absent / not recorded on one side. A pain map is read as
 * complete once any region is ticked: an unticked region then counts as "no pain there".
 */
function binaryItem(findings: Findings, itemId: string, side: Side | undefined): Tri {
  const v = rawValue(findings, itemId, side);
  if (v === 'positive' || v === true) return true;
  if (v === 'negative' || v === false) return false;
  if (v === undefined && PAIN_MAP.includes(itemId) && PAIN_MAP.some((id) => findings[id] === true)) return false;
  return undefined;
}

function compare(value: number | undefined, test: (v: number) => boolean): Tri {
  return value === undefined ? undefined : test(value);
}

function derivedOnSide(findings: Findings, def: DerivedFindingDef, side: Side | undefined): Tri {
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
      return left === undefined || right === undefined ? undefined : Math.abs(left - right) > rule.threshold;
    }
  }
}

/** Whether a fact is recorded per side. */
export function isSidedFact(fact: FactId): boolean {
  return (ITEM_BY_ID.get(fact) ?? DERIVED_BY_ID.get(fact))?.sided ?? false;
}

/** A fact's value on one side (sided facts) or overall (unsided facts; side is ignored). */
export function factOnSide(findings: Findings, fact: FactId, side: Side | undefined): Tri {
  const derived = DERIVED_BY_ID.get(fact);
  if (derived !== undefined) return derivedOnSide(findings, derived, derived.sided ? side : undefined);
  const item = ITEM_BY_ID.get(fact);
  if (item === undefined) return undefined;
  return binaryItem(findings, fact, item.sided ? side : undefined);
}

/** The sides whose findings count: the symptomatic side(s), or both when none is recorded. */
export function relevantSides(findings: Findings): readonly Side[] {
  const side = findings['symptomatic-side'];
  if (side === 'left') return ['left'];
  if (side === 'right') return ['right'];
  return ['left', 'right'];
}

export interface FactReading {
  readonly value: Tri;
  /** The side that decided the value, for sided facts. */
  readonly side?: Side;
}

/**
 * A fact as the engine reads it. Sided facts count on the symptomatic side(s): present if present
 * on any relevant side; absent if recorded absent on a relevant side and present on none.
 * `onlySide` restricts the reading to one side (e.g. the psoas sign for appendicitis).
 */
export function readFact(findings: Findings, fact: FactId, onlySide?: Side): FactReading {
  if (!isSidedFact(fact)) return { value: factOnSide(findings, fact, undefined) };
  const sides = onlySide === undefined ? relevantSides(findings) : [onlySide];
  let absentSide: Side | undefined;
  for (const side of sides) {
    const v = factOnSide(findings, fact, side);
    if (v === true) return { value: true, side };
    if (v === false && absentSide === undefined) absentSide = side;
  }
  return absentSide === undefined ? { value: undefined } : { value: false, side: absentSide };
}

/** Every exam item id, for callers that iterate the table. */
export const EXAM_ITEM_IDS: readonly ExamItemId[] = EXAM_ITEMS.map((item) => item.id);
/** Every derived finding id. */
export const DERIVED_FINDING_IDS: readonly DerivedFindingId[] = DERIVED_FINDINGS.map((d) => d.id);
