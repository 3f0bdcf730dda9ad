/**
 * A short, stable fingerprint of JSON-like content, to tell whether a record changed since it was
 * last synced. Not cryptographic: it only has to notice edits, never to resist an attacker.
 * Object keys are sorted first, so the same content always gives the same hash.
 */

/** JSON with object keys in sorted order; `undefined` properties are left out, as JSON does. */
export function stableStringify(value: unknown): string {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol')
    return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value))
    return `[${value.map((item) => stableStringify(item ?? null)).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`);
  return `{${entries.join(',')}}`;
}

/**
 * Two 32-bit lanes (FNV-1a, and a multiply-rotate lane seeded differently), 16 hex digits in all.
 * Math.imul keeps it fast on large visits (no BigInt per character).
 */
export function contentHash(value: unknown): string {
  const text = stableStringify(value);
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b = (b << 13) | (b >>> 19);
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ text.length;
  b = Math.imul(b ^ (b >>> 15), 0xc2b2ae35) ^ Math.imul(a, 0x27d4eb2f);
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
