/**
 * Icons drawn as SVG rather than emoji, so they look the same on every system (some clinic
 * machines have no emoji font). Always beside words that say the same; hidden from screen readers.
 */
export function VerdictIcon({ kind }: { readonly kind: 'avoid' | 'caution' | 'clear' }) {
  return (
    <svg
      className={`verdict-icon verdict-icon--${kind}`}
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {kind === 'avoid' ? (
        <>
          <path d="M5 1h6l4 4v6l-4 4H5l-4-4V5z" fill="currentColor" />
          <rect x="4" y="7" width="8" height="2" fill="#ffffff" />
        </>
      ) : kind === 'caution' ? (
        <>
          <path d="M8 1l7.5 13.5h-15z" fill="currentColor" />
          <rect x="7.2" y="5.5" width="1.6" height="5" fill="#ffffff" />
          <rect x="7.2" y="11.5" width="1.6" height="1.6" fill="#ffffff" />
        </>
      ) : (
        <path d="M2 8.5l4 4 8-9" fill="none" stroke="currentColor" strokeWidth="2.5" />
      )}
    </svg>
  );
}
