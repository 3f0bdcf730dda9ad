import { VerdictIcon } from './verdict-icon';

/**
 * Whether an option is safe for this patient, marked by an icon and a written label so neither
 * colour nor the icon alone carries it.
 */
const VERDICTS = {
  avoid: { title: 'Contraindicated for this patient' },
  caution: { title: 'Use with caution for this patient' },
  clear: { title: 'No contraindication in this visit’s record' },
} as const;

export function Verdict({
  kind,
  reasons,
}: {
  readonly kind: keyof typeof VERDICTS;
  readonly reasons: readonly string[];
}) {
  const { title } = VERDICTS[kind];
  return (
    <div className={`verdict verdict--${kind}`}>
      <p className="verdict__title">
        <VerdictIcon kind={kind} />{' '}
        <strong>
          {title}
          {reasons.length > 0 ? ':' : '.'}
        </strong>
        {reasons.length === 1 ? ` ${reasons[0] ?? ''}` : null}
      </p>
      {reasons.length > 1 ? (
        <ul className="compare-list">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
