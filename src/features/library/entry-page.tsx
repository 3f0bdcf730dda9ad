import { getRouteApi, Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { PageHeader } from '../../ui/page-header';
import { catalogueEntry } from './catalogue/catalogue';
import { findRecord, type RecordByKind } from './catalogue/records';
import { ConditionEntry } from './entries/condition-entry';
import { ExamItemEntry, FindingEntry } from './entries/fact-entries';
import { ClusterEntry, FactorEntry, PresentationEntry, RedFlagEntry } from './entries/rule-entries';
import { TestEntry } from './entries/test-entry';
import { AdviceEntry, NoteEntry, SourceEntry } from './entries/text-entries';
import { TreatmentEntry } from './entries/treatment-entry';
import { KIND_INFO } from './kind-info';
import type { LibraryKind } from './library-kinds';
import './library.css';

const route = getRouteApi('/library/$kind/$id');

const BODIES: { readonly [K in LibraryKind]: (record: RecordByKind[K]) => ReactNode } = {
  conditions: (record) => <ConditionEntry condition={record} />,
  'exam-items': (record) => <ExamItemEntry item={record} />,
  tests: (record) => <TestEntry test={record} />,
  treatments: (record) => <TreatmentEntry treatment={record} />,
  'red-flags': (record) => <RedFlagEntry flag={record} />,
  findings: (record) => <FindingEntry finding={record} />,
  clusters: (record) => <ClusterEntry cluster={record} />,
  factors: (record) => <FactorEntry factor={record} />,
  presentations: (record) => <PresentationEntry type={record} />,
  advice: (record) => <AdviceEntry advice={record} />,
  notes: (record) => <NoteEntry note={record} />,
  sources: (record) => <SourceEntry source={record} />,
};

function renderBody<K extends LibraryKind>(kind: K, record: RecordByKind[K]): ReactNode {
  const render: (record: RecordByKind[K]) => ReactNode = BODIES[kind];
  return render(record);
}

/** The body of one entry, by kind; nothing when the id names no entry. */
export function EntryBody({ kind, id }: { readonly kind: LibraryKind; readonly id: string }) {
  const record = findRecord(kind, id);
  return record === undefined ? null : renderBody(kind, record);
}

/** One Library entry, with the way back to its kind and to the search. */
export function LibraryEntry({ kind, id }: { readonly kind: LibraryKind; readonly id: string }) {
  const entry = catalogueEntry(kind, id);
  const info = KIND_INFO[kind];
  return (
    <article className="library-entry">
      <nav aria-label="Breadcrumb" className="library-breadcrumb">
        <ol>
          <li>
            <Link to="/library">Library</Link>
          </li>
          <li>
            <Link to="/library" search={{ kind }}>
              {info.plural}
            </Link>
          </li>
        </ol>
      </nav>
      {entry === undefined ? (
        <>
          <PageHeader title={`${info.singular} not found`} />
          <p>
            There is no {info.singular.toLowerCase()} “{id}” in this version of the knowledge base.
            It may have been renamed; try searching the Library.
          </p>
        </>
      ) : (
        <>
          <PageHeader title={entry.name} screenName={`${entry.name} – Library`}>
            <p className="library-kind-line">
              {info.singular}
              {entry.group === undefined || entry.group === entry.name ? null : ` · ${entry.group}`}
            </p>
          </PageHeader>
          <EntryBody kind={kind} id={id} />
        </>
      )}
    </article>
  );
}

/** Route component for `/library/$kind/$id`. */
export function LibraryEntryPage() {
  const { kind, id } = route.useParams();
  // Keyed so scroll position and open disclosures do not carry over from one entry to the next.
  return <LibraryEntry key={`${kind}/${id}`} kind={kind} id={id} />;
}
