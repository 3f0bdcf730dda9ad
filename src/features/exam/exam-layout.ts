import { EXAM_ITEMS } from '../../clinical/index.ts';
import type { ExamItemDef, ExamSection } from '../../clinical/index.ts';

/** The headings clinicians see; the Record type makes every section need one. */
const SECTION_TITLES: Readonly<Record<ExamSection, string>> = {
  history: 'History and onset',
  'red-flag-screen': 'Red-flag screen',
  pain: 'Pain',
  observation: 'Observation, gait and posture',
  'range-of-motion': 'Range of motion',
  strength: 'Strength',
  'special-tests': 'Special tests',
  neurological: 'Neurological',
  palpation: 'Palpation',
  abdominal: 'Abdominal signs',
  function: 'Function',
};

/** DESIGN.md's order. A section left out here would hide its items: a test checks none is. */
const SECTION_ORDER: readonly ExamSection[] = [
  'history',
  'red-flag-screen',
  'pain',
  'observation',
  'range-of-motion',
  'strength',
  'special-tests',
  'neurological',
  'palpation',
  'abdominal',
  'function',
];

/** Sub-headings for grouped items; a group the knowledge base adds later falls back to its id. */
const GROUP_TITLES: Readonly<Partial<Record<string, string>>> = {
  'pain-location': 'Where is the pain?',
  // Directly after the map (its item follows the regions): only a map marked complete lets the
  // engine read an unticked region as "no pain there".
  'pain-map': 'Is the pain map complete?',
  aggravating: 'What makes it worse?',
  relieving: 'What eases it?',
  sensation: 'Sensation',
  contributing: 'Contributing factors',
  'medicines-safety': 'Medicines safety',
};

function groupTitle(group: string): string {
  const words = group.replace(/-/g, ' ');
  return GROUP_TITLES[group] ?? `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** An item with the details shown beside it once it is positive (Thomas angles, FABER site). */
export interface ExamEntry {
  readonly item: ExamItemDef;
  readonly details: readonly ExamItemDef[];
}

export type ExamBlock =
  | { readonly kind: 'item'; readonly entry: ExamEntry }
  | {
      readonly kind: 'group';
      readonly id: string;
      readonly title: string;
      readonly entries: readonly ExamEntry[];
    };

export interface ExamSectionLayout {
  readonly id: ExamSection;
  readonly title: string;
  /** The section element's id, for the jump links. */
  readonly elementId: string;
  readonly blocks: readonly ExamBlock[];
}

/** The id of an item's container: the "next best test" link and focusExamItem find it by this. */
export function examItemElementId(itemId: string): string {
  return `item-${itemId}`;
}

function blocksOf(items: readonly ExamItemDef[], detailsOf: (id: string) => ExamItemDef[]) {
  const blocks: ExamBlock[] = [];
  const groups = new Map<string, ExamEntry[]>();
  for (const item of items) {
    const entry = { item, details: detailsOf(item.id) };
    if (item.group === undefined) {
      blocks.push({ kind: 'item', entry });
      continue;
    }
    // A group sits where its first item is, so items of one group stay together on screen.
    const existing = groups.get(item.group);
    if (existing !== undefined) {
      existing.push(entry);
      continue;
    }
    const entries = [entry];
    groups.set(item.group, entries);
    blocks.push({ kind: 'group', id: item.group, title: groupTitle(item.group), entries });
  }
  return blocks;
}

/**
 * Lays the exam out from the knowledge base: sections in DESIGN.md order, grouped items under one
 * sub-heading, and detail items attached to the test they belong to (never shown on their own).
 */
export function buildExamLayout(items: readonly ExamItemDef[]): readonly ExamSectionLayout[] {
  const details = new Map<string, ExamItemDef[]>();
  for (const item of items) {
    if (item.detailOf !== undefined)
      details.set(item.detailOf, [...(details.get(item.detailOf) ?? []), item]);
  }
  const detailsOf = (id: string): ExamItemDef[] => details.get(id) ?? [];
  return SECTION_ORDER.map((section) => ({
    id: section,
    title: SECTION_TITLES[section],
    elementId: `exam-${section}`,
    blocks: blocksOf(
      items.filter((item) => item.section === section && item.detailOf === undefined),
      detailsOf,
    ),
  }));
}

/** The product's exam, built once: it depends only on the knowledge base. */
export const EXAM_LAYOUT: readonly ExamSectionLayout[] = buildExamLayout(EXAM_ITEMS);
