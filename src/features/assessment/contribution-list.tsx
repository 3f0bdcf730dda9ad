import { EXAM_ITEMS } from '../../clinical/index.ts';
import type { Contribution } from '../../clinical/index.ts';
import { formatLr, PROVENANCE_LABELS } from './assessment-format';
import { LibraryLink, SourceList, type LibraryLinkKind } from './source-list';

const EXAM_ITEM_IDS: ReadonlySet<string> = new Set(EXAM_ITEMS.map((item) => item.id));

/** The Library entry a contribution cites: its exam item, derived finding or prediction rule. */
function citedEntry(contribution: Contribution): LibraryLinkKind {
  if (contribution.kind === 'cluster') return 'clusters';
  return EXAM_ITEM_IDS.has(contribution.source) ? 'exam-items' : 'findings';
}

function countedText(contribution: Contribution): string {
  if (contribution.applied) return 'counted';
  const by = contribution.supersededBy;
  // Correlated tests share a dependency group; only the strongest is multiplied in.
  return by === undefined
    ? 'not counted: superseded in its dependency group'
    : `not counted: superseded by ${by} in its dependency group`;
}

/** "present", "absent", or why an unrecorded finding was read as absent (a complete pain map). */
function findingText(contribution: Contribution): string {
  const state = contribution.present ? 'present' : 'absent';
  return contribution.inferred === undefined ? state : `${state} (${contribution.inferred})`;
}

/** Many notes open with their kind ("Expert estimate: …"), which the label already says. */
function noteWithoutKind(kind: string, note: string | undefined): string | undefined {
  if (note === undefined) return undefined;
  const prefix = `${kind.toLowerCase()}:`;
  if (!note.toLowerCase().startsWith(prefix)) return note;
  const rest = note.slice(prefix.length).trim();
  return rest === '' ? undefined : `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

function ContributionItem({ contribution }: { readonly contribution: Contribution }) {
  const side = contribution.side === undefined ? '' : `, ${contribution.side}`;
  const { provenance } = contribution;
  const note = noteWithoutKind(PROVENANCE_LABELS[provenance.kind], provenance.note);
  return (
    <li className={`contribution${contribution.applied ? '' : ' contribution--superseded'}`}>
      <p className="contribution__finding">
        <strong>
          <LibraryLink
            kind={citedEntry(contribution)}
            id={contribution.source}
            label={`${contribution.label}${side}`}
          />
        </strong>
        : {findingText(contribution)}, {formatLr(contribution.lr)}, {countedText(contribution)}
      </p>
      <p className="contribution__provenance">
        <span className="contribution__kind">{PROVENANCE_LABELS[provenance.kind]}</span>
        {note === undefined ? null : <>. {note}</>}
      </p>
      <SourceList ids={provenance.sources} />
    </li>
  );
}

/** Every finding behind one probability: its LR, whether it counted, and where the LR came from. */
export function ContributionList({
  contributions,
}: {
  readonly contributions: readonly Contribution[];
}) {
  if (contributions.length === 0)
    return (
      <p className="muted">No recorded finding moves this condition: it stays at its prior.</p>
    );
  return (
    <>
      <p className="muted">Finding names and sources open their Library entry in a new tab.</p>
      <ul className="contributions">
        {contributions.map((contribution) => (
          <ContributionItem
            key={`${contribution.kind}:${contribution.source}:${contribution.side ?? ''}`}
            contribution={contribution}
          />
        ))}
      </ul>
    </>
  );
}

/** "Why: 3 findings counted, 1 superseded", or that it rests on the prior alone. */
export function whySummary(contributions: readonly Contribution[]): string {
  if (contributions.length === 0) return 'Why: prior only';
  const counted = contributions.filter((c) => c.applied).length;
  const superseded = contributions.length - counted;
  const findings = counted === 1 ? '1 finding counted' : `${counted} findings counted`;
  return superseded === 0 ? `Why: ${findings}` : `Why: ${findings}, ${superseded} superseded`;
}
