import { LIBRARY_KINDS, type LibraryKind } from '../library-kinds';
import { catalogueOf, type CatalogueEntry } from './catalogue';
import { findRecord, type RecordByKind } from './records';

type Collect<K extends LibraryKind> = (record: RecordByKind[K]) => readonly (readonly string[])[];

/** Where each kind keeps source ids: on the entry and on each of its figures. */
const COLLECT: { readonly [K in LibraryKind]: Collect<K> } = {
  conditions: (c) => [
    c.sources,
    c.priors.general.provenance.sources,
    c.priors.sports.provenance.sources,
    ...c.findings.map((f) => f.provenance.sources),
  ],
  'exam-items': (item) => [item.sources],
  tests: (test) => [test.sources, ...test.targets.map((t) => t.provenance.sources)],
  treatments: (t) => [
    t.sources,
    t.evidence.sources,
    ...t.avoidIn.map((a) => a.sources),
    ...t.contraindications.map((c) => c.sources),
  ],
  'red-flags': (flag) => [flag.sources],
  findings: (finding) => [finding.sources],
  clusters: (cluster) => [cluster.provenance.sources],
  factors: (factor) => [factor.sources],
  presentations: (type) => [type.sources],
  advice: (advice) => [advice.sources],
  notes: (note) => [note.sources],
  sources: () => [],
};

function collect<K extends LibraryKind>(kind: K, record: RecordByKind[K]): readonly string[] {
  const from: Collect<K> = COLLECT[kind];
  return [...new Set(from(record).flat())];
}

/** Every source an entry cites, on itself or on any of its figures, each once. */
export function sourcesCitedBy(kind: LibraryKind, id: string): readonly string[] {
  const record = findRecord(kind, id);
  return record === undefined ? [] : collect(kind, record);
}

let citing: ReadonlyMap<string, readonly CatalogueEntry[]> | undefined;

/** The entries that cite a source, in the Library's order (built once, on first use). */
export function entriesCiting(sourceId: string): readonly CatalogueEntry[] {
  if (citing === undefined) {
    const map = new Map<string, CatalogueEntry[]>();
    for (const kind of LIBRARY_KINDS) {
      for (const entry of catalogueOf(kind)) {
        for (const source of sourcesCitedBy(kind, entry.id)) {
          const list = map.get(source);
          if (list === undefined) map.set(source, [entry]);
          else list.push(entry);
        }
      }
    }
    citing = map;
  }
  return citing.get(sourceId) ?? [];
}
