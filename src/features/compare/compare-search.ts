/**
 * The comparison's address: `/compare?options=oral-nsaids,tier-2&patient=…&visit=…`. The router
 * checks only the shape here (this module is in the first bundle, so it must not pull in the
 * knowledge base); the page checks the ids against the knowledge base and the device's records,
 * and reports what it cannot use instead of failing.
 */
export interface CompareSearch {
  /** Comma-separated treatment ids and/or "tier-N". */
  readonly options?: string;
  readonly patient?: string;
  readonly visit?: string;
}

/** Longer than any real selection; keeps a pasted essay out of the page. */
const MAX_LENGTH = 1000;

function text(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return text(value.map((v) => (typeof v === 'string' ? v : '')).join(','));
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().slice(0, MAX_LENGTH);
  return trimmed === '' ? undefined : trimmed;
}

export function validateCompareSearch(raw: Record<string, unknown>): CompareSearch {
  const options = text(raw.options);
  const patient = text(raw.patient);
  const visit = text(raw.visit);
  return {
    ...(options === undefined ? {} : { options }),
    ...(patient === undefined ? {} : { patient }),
    ...(visit === undefined ? {} : { visit }),
  };
}

/** The ids in `options`, as written. */
export function optionList(options: string | undefined): readonly string[] {
  return options === undefined
    ? []
    : options
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== '');
}

/** The `options` value for a list of ids (absent when the list is empty). */
export function optionsParam(ids: readonly string[]): string | undefined {
  return ids.length === 0 ? undefined : ids.join(',');
}
