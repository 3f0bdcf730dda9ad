/**
 * Deterministic comparison of stored records: key order never matters, and the comparison says
 * which fields differ so a clinician can judge a conflict.
 */

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with object keys sorted, so two equal records always give the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  // undefined (and functions, which JSON cannot hold) become null, as JSON.stringify does in arrays.
  if (value === undefined || typeof value === 'function') return 'null';
  return JSON.stringify(value);
}

/** A copy without the given top-level fields. */
export function without(
  record: Readonly<Record<string, unknown>>,
  fields: readonly string[],
): Readonly<Record<string, unknown>> {
  if (fields.length === 0) return record;
  return Object.fromEntries(Object.entries(record).filter(([key]) => !fields.includes(key)));
}

/**
 * The paths at which two values differ ("notes", "findings.pain", "addenda[2]"), at most `limit`
 * of them. Arrays of different length differ as a whole.
 */
export function differingPaths(a: unknown, b: unknown, limit = 12): string[] {
  const out: string[] = [];
  const walk = (x: unknown, y: unknown, path: string): void => {
    if (out.length >= limit) return;
    if (isObject(x) && isObject(y)) {
      const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].sort();
      for (const key of keys) walk(x[key], y[key], path === '' ? key : `${path}.${key}`);
      return;
    }
    if (Array.isArray(x) && Array.isArray(y) && x.length === y.length) {
      x.forEach((item, index) => {
        walk(item, y[index], `${path}[${String(index)}]`);
      });
      return;
    }
    if (canonicalJson(x) !== canonicalJson(y)) out.push(path === '' ? '(whole record)' : path);
  };
  walk(a, b, '');
  return out;
}
