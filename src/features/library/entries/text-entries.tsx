import { SOURCE_KIND_LABELS } from '../catalogue/format';
import { entriesCiting } from '../catalogue/cited-by';
import type { AdviceRecord, NoteRecord, SourceRecord } from '../catalogue/records';
import { KIND_INFO } from '../kind-info';
import { LIBRARY_KINDS } from '../library-kinds';
import { Aliases, Details, EntrySection, LinkList, SourceLinks } from './entry-parts';

/** Patient advice: the plain-language text the handout prints. */
export function AdviceEntry({ advice }: { readonly advice: AdviceRecord }) {
  return (
    <>
      <Aliases aliases={advice.aliases} />
      <Details
        items={[
          ['Kind', advice.kind === 'prevention' ? 'Prevention' : 'When to seek help (safety net)'],
        ]}
      />
      <EntrySection title="For the patient handout">
        <blockquote className="library-handout">{advice.text}</blockquote>
      </EntrySection>
      <EntrySection title="Sources">
        <SourceLinks ids={advice.sources} />
      </EntrySection>
    </>
  );
}

/** A reference note from the seed documents. */
export function NoteEntry({ note }: { readonly note: NoteRecord }) {
  return (
    <>
      <Aliases aliases={note.aliases} />
      <p className="library-lead">{note.text}</p>
      <p className="muted">
        Reference notes report the seed documents faithfully; they are not clinical guidance.
      </p>
      <EntrySection title="Sources">
        <SourceLinks ids={note.sources} />
      </EntrySection>
    </>
  );
}

function ExternalLink({ href, children }: { readonly href: string; readonly children: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children} (opens in a new tab)
    </a>
  );
}

/** A source: its citation and address, and every entry that cites it. */
export function SourceEntry({ source }: { readonly source: SourceRecord }) {
  const citing = entriesCiting(source.id);
  const groups = LIBRARY_KINDS.map((kind) => ({
    kind,
    entries: citing.filter((entry) => entry.kind === kind),
  })).filter((group) => group.entries.length > 0);
  return (
    <>
      <Details
        items={[
          ['Kind of source', SOURCE_KIND_LABELS[source.kind]],
          [
            'Address',
            source.url === undefined ? undefined : (
              <ExternalLink href={source.url}>{source.url}</ExternalLink>
            ),
          ],
          [
            'PubMed',
            source.pmid === undefined ? undefined : (
              <ExternalLink
                href={`https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`}
              >{`PMID ${source.pmid}`}</ExternalLink>
            ),
          ],
          ['Library identifier', <code>{source.id}</code>],
        ]}
      />
      <EntrySection title={`Cited by (${citing.length})`}>
        {groups.length === 0 ? <p className="muted">No entry cites it.</p> : null}
        {groups.map(({ kind, entries }) => (
          <div key={kind}>
            <h3>
              {KIND_INFO[kind].plural} ({entries.length})
            </h3>
            <LinkList kind={kind} empty="" items={entries} />
          </div>
        ))}
      </EntrySection>
    </>
  );
}
