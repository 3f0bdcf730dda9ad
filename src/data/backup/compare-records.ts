/**
 * Deterministic comparison of stored records: key order never matters, and the comparison says
 * which fields differ so a clinician can judge a conflict.
 */

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether two JSON-like values are equal: key order never matters, and a key holding undefined
 * counts as absent (as it would after a trip through JSON).
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => deepEqual(item, b[index]))
    );
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keysA = Object.keys(a).filter((key) => a[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => b[key] !== undefined);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]))
  );
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
    if (!deepEqual(x, y)) out.push(path === '' ? '(whole record)' : path);
  };
  walk(a, b, '');
  return out;
}
