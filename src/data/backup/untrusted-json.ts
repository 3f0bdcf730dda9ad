import { UNTRUSTED_JSON_LIMITS } from './backup-format';
import { formatPath, type PathStep, type ProblemList } from './backup-problems';

/**
 * Keys that can reach an object's prototype when code later copies or merges the value
 * (`Object.assign`, a naive deep merge, `obj[key] = …`). `JSON.parse` itself makes them plain own
 * properties, and our strict schemas would refuse them as unknown keys, but a backup has no reason
 * to contain them: refusing them outright, anywhere in the file, closes the door for good.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface UntrustedJsonLimits {
  readonly maxStringLength: number;
  readonly maxDepth: number;
}

/**
 * Walks a freshly parsed JSON value once, before any schema sees it, and reports prototype keys,
 * strings too long to be real data, and nesting too deep to be real data, each with its path.
 * Iterative, so depth is checked without recursion.
 */
export function inspectUntrustedJson(
  value: unknown,
  problems: ProblemList,
  limits: UntrustedJsonLimits = UNTRUSTED_JSON_LIMITS,
): void {
  const pending: { value: unknown; path: PathStep[] }[] = [{ value, path: [] }];
  while (pending.length > 0 && !problems.full) {
    const next = pending.pop();
    if (!next) break;
    const { value: current, path } = next;
    const key = path.at(-1);
    if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
      problems.add({
        location: formatPath(path),
        message: `the key "${key}" is not allowed in a backup (it could change how the app's objects behave)`,
      });
      continue;
    }
    if (typeof key === 'string' && key.length > limits.maxStringLength) {
      problems.add({
        location: formatPath(path.slice(0, -1)),
        message: `a property name of ${key.length.toLocaleString('en-GB')} characters is longer than any record uses`,
      });
      continue;
    }
    if (typeof current === 'string') {
      if (current.length > limits.maxStringLength) {
        problems.add({
          location: formatPath(path),
          message: `a text value of ${current.length.toLocaleString('en-GB')} characters is longer than any record holds (limit ${limits.maxStringLength.toLocaleString('en-GB')})`,
        });
      }
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (path.length >= limits.maxDepth) {
      problems.add({
        location: formatPath(path),
        message: `the data is nested more than ${String(limits.maxDepth)} levels deep, deeper than any record`,
      });
      continue;
    }
    if (Array.isArray(current)) {
      // Pushed in reverse so problems come out in file order.
      for (let index = current.length - 1; index >= 0; index -= 1) {
        pending.push({ value: current[index], path: [...path, index] });
      }
      continue;
    }
    const entries = Object.entries(current);
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const entry = entries[index];
      if (entry) pending.push({ value: entry[1], path: [...path, entry[0]] });
    }
  }
}
