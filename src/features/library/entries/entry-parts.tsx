import { useRouter } from '@tanstack/react-router';
import { useId, type MouseEvent, type ReactNode } from 'react';
import type { Provenance, Side } from '../../../clinical/index.ts';
import { PROVENANCE_LABELS } from '../catalogue/format';
import { factKind, factName, findRecord } from '../catalogue/records';
import type { LibraryKind } from '../library-kinds';

/** A plain left click, which the app handles; anything else (new tab, download) is the browser's. */
function isPlainClick(event: MouseEvent): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey)
  );
}

/**
 * A link to another Library entry. Deliberately lighter than the router's <Link>: an entry or a
 * result list can hold hundreds of links (a source cited by 150 entries), and <Link> subscribes
 * each one to the router state and builds its location on every render. This builds the address
 * once and navigates through the router on a plain click, so history, scroll and focus behave as
 * for any other in-app link.
 */
export function EntryLink({
  kind,
  id,
  children,
}: {
  readonly kind: LibraryKind;
  readonly id: string;
  readonly children: ReactNode;
}) {
  const router = useRouter();
  const href = router.history.createHref(`/library/${kind}/${encodeURIComponent(id)}`);
  return (
    <a
      href={href}
      onClick={(event) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        void router.navigate({ to: '/library/$kind/$id', params: { kind, id } });
      }}
    >
      {children}
    </a>
  );
}

/** A finding by name, linked to its exam item or derived finding. */
export function FactLink({ fact, side }: { readonly fact: string; readonly side?: Side }) {
  const kind = factKind(fact);
  const name = side === undefined ? factName(fact) : `${factName(fact)} (${side})`;
  return kind === undefined ? (
    <>{name}</>
  ) : (
    <EntryLink kind={kind} id={fact}>
      {name}
    </EntryLink>
  );
}

/** The citations behind an entry or a figure, each linked to its source entry. */
export function SourceLinks({ ids }: { readonly ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <div className="library-sources">
      <span className="library-sources__title">{ids.length === 1 ? 'Source:' : 'Sources:'}</span>
      <ul className="library-sources__list">
        {ids.map((id) => (
          <li key={id}>
            <EntryLink kind="sources" id={id}>
              {findRecord('sources', id)?.citation ?? id}
            </EntryLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Some notes are written to follow a label ("no study reports …"); shown alone, they start a sentence. */
const sentence = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * Where a figure came from: its kind in words (an estimate says it is one), the note that
 * explains it, and its sources.
 */
export function ProvenanceNote({ provenance }: { readonly provenance: Provenance }) {
  return (
    <div className="provenance">
      <p className="provenance__text">
        <strong className={`provenance__kind provenance__kind--${provenance.kind}`}>
          {PROVENANCE_LABELS[provenance.kind]}
        </strong>
        {provenance.note === undefined ? null : <> {sentence(provenance.note)}</>}
      </p>
      <SourceLinks ids={provenance.sources} />
    </div>
  );
}

/** A titled part of an entry: a <section> named by its <h2>. */
export function EntrySection({
  title,
  children,
}: {
  readonly title: string;
  readonly children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="library-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

/** A label–value pair; `wide` spans the whole row (a long value such as a coding note). */
export type DetailItem = readonly [label: string, value: ReactNode | undefined, wide?: 'wide'];

/** Label–value pairs (codes, tier, cost …); values left out when undefined. */
export function Details({ items }: { readonly items: readonly DetailItem[] }) {
  const shown = items.filter(([, value]) => value !== undefined && value !== '');
  if (shown.length === 0) return null;
  return (
    <dl className="details library-details">
      {shown.map(([label, value, wide]) => (
        <div key={label} className={wide === undefined ? undefined : 'details__wide'}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A list of linked entries, or a sentence saying there are none. */
export function LinkList({
  kind,
  items,
  empty,
}: {
  readonly kind: LibraryKind;
  readonly items: readonly {
    readonly id: string;
    readonly name: string;
    readonly note?: ReactNode;
  }[];
  readonly empty: string;
}) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="library-links">
      {items.map((item) => (
        <li key={item.id}>
          <EntryLink kind={kind} id={item.id}>
            {item.name}
          </EntryLink>
          {item.note === undefined ? null : <> {item.note}</>}
        </li>
      ))}
    </ul>
  );
}

/** Aliases as "Also called: …", when there are any. */
export function Aliases({ aliases }: { readonly aliases: readonly string[] }) {
  if (aliases.length === 0) return null;
  return <p className="library-aliases">Also called: {aliases.join('; ')}</p>;
}
