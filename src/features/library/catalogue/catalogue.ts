import { LIBRARY_KINDS, type LibraryKind } from '../library-kinds';
import {
  CONDITION_CATEGORY_LABELS,
  describeRule,
  SECTION_LABELS,
  SOURCE_KIND_LABELS,
  TEST_CATEGORY_LABELS,
  tierLabel,
  URGENCY_LABELS,
} from './format';
import { recordsOf, type RecordByKind } from './records';

/** One Library entry as the search and the browse lists see it. */
export interface CatalogueEntry {
  readonly kind: LibraryKind;
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Searched after names and aliases, and shown (shortened) under the name. */
  readonly description: string;
  /** Where it sits within its kind: a tier, an exam section, a test category … */
  readonly group?: string;
}

type Summarise<K extends LibraryKind> = (
  record: RecordByKind[K],
) => Omit<CatalogueEntry, 'kind' | 'id'>;

const join = (...parts: readonly (string | undefined)[]): string =>
  parts.filter((part) => part !== undefined && part !== '').join(' ');

const SUMMARISE: { readonly [K in LibraryKind]: Summarise<K> } = {
  conditions: (c) => ({
    name: c.name,
    aliases: c.aliases,
    description: c.description,
    group: CONDITION_CATEGORY_LABELS[c.category],
  }),
  'exam-items': (item) => ({
    name: item.label,
    aliases: item.aliases,
    description: join(item.howTo, item.positive),
    group: SECTION_LABELS[item.section],
  }),
  tests: (test) => ({
    name: test.name,
    aliases: test.aliases,
    description: join(test.purpose, test.accuracy),
    group: TEST_CATEGORY_LABELS[test.category],
  }),
  treatments: (t) => ({
    name: t.name,
    aliases: t.aliases,
    description: join(t.evidence.summary, t.handout),
    group: tierLabel(t.tier),
  }),
  'red-flags': (flag) => ({
    name: flag.name,
    aliases: flag.aliases,
    description: join(flag.message, flag.action),
    group: URGENCY_LABELS[flag.urgency],
  }),
  findings: (finding) => ({
    name: finding.label,
    aliases: [],
    description: join(`${describeRule(finding.rule)}.`, finding.note),
  }),
  clusters: (cluster) => ({
    name: cluster.name,
    aliases: [],
    description: join(
      cluster.levels.map((level) => level.label).join('; '),
      cluster.provenance.note,
    ),
  }),
  factors: (factor) => ({
    name: factor.name,
    aliases: factor.aliases,
    description: factor.description,
  }),
  presentations: (type) => ({
    name: type.name,
    aliases: type.aliases,
    description: type.description,
  }),
  advice: (advice) => ({
    name: advice.name,
    aliases: advice.aliases,
    description: advice.text,
    group: advice.kind === 'prevention' ? 'Prevention' : 'When to seek help',
  }),
  notes: (note) => ({
    name: `${note.topic}: ${note.name}`,
    aliases: note.aliases,
    description: note.text,
    group: note.topic,
  }),
  sources: (source) => ({
    name: source.citation,
    aliases: [],
    description: join(source.pmid === undefined ? undefined : `PMID ${source.pmid}`),
    group: SOURCE_KIND_LABELS[source.kind],
  }),
};

function entriesFor<K extends LibraryKind>(
  kind: K,
  records: readonly RecordByKind[K][],
): readonly CatalogueEntry[] {
  const summarise: Summarise<K> = SUMMARISE[kind];
  return records.map((record) => ({ kind, id: record.id, ...summarise(record) }));
}

const BY_KIND: ReadonlyMap<LibraryKind, readonly CatalogueEntry[]> = new Map(
  LIBRARY_KINDS.map((kind) => [kind, entriesFor(kind, recordsOf(kind))]),
);

/** Every entry of one kind, in the knowledge base's order. */
export function catalogueOf(kind: LibraryKind): readonly CatalogueEntry[] {
  return BY_KIND.get(kind) ?? [];
}

/** One entry's summary by kind and id. */
export function catalogueEntry(kind: LibraryKind, id: string): CatalogueEntry | undefined {
  return catalogueOf(kind).find((entry) => entry.id === id);
}

/** Every entry of every kind: the whole Library. */
export const CATALOGUE: readonly CatalogueEntry[] = LIBRARY_KINDS.flatMap((kind) =>
  catalogueOf(kind),
);

/** Entries of one kind gathered by group, groups in order of first appearance. */
export function groupedCatalogue(
  kind: LibraryKind,
): readonly { readonly group: string | undefined; readonly entries: readonly CatalogueEntry[] }[] {
  const groups = new Map<string | undefined, CatalogueEntry[]>();
  for (const entry of catalogueOf(kind)) {
    const list = groups.get(entry.group);
    if (list === undefined) groups.set(entry.group, [entry]);
    else list.push(entry);
  }
  return [...groups].map(([group, entries]) => ({ group, entries }));
}
