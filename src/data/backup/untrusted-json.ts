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

/** A node on the walk; the path is rebuilt from parents only when a problem needs it. */
interface Step {
  readonly value: unknown;
  readonly key: PathStep | undefined;
  readonly parent: Step | undefined;
  readonly depth: number;
}

function pathOf(step: Step | undefined): PathStep[] {
  const path: PathStep[] = [];
  for (let at = step; at?.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
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
  const pending: Step[] = [{ value, key: undefined, parent: undefined, depth: 0 }];
  while (pending.length > 0 && !problems.full) {
    const step = pending.pop();
    if (!step) break;
    const { value: current, key } = step;
    if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
      problems.add({
        location: formatPath(pathOf(step)),
        message: `the key "${key}" is not allowed in a backup (it could change how the app's objects behave)`,
      });
      continue;
    }
    if (typeof key === 'string' && key.length > limits.maxStringLength) {
      problems.add({
        location: formatPath(pathOf(step.parent)),
        message: `a property name of ${key.length.toLocaleString('en-GB')} characters is longer than any record uses`,
      });
      continue;
    }
    if (typeof current === 'string') {
      if (current.length > limits.maxStringLength) {
        problems.add({
          location: formatPath(pathOf(step)),
          message: `a text value of ${current.length.toLocaleString('en-GB')} characters is longer than any record holds (limit ${limits.maxStringLength.toLocaleString('en-GB')})`,
        });
      }
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (step.depth >= limits.maxDepth) {
      problems.add({
        location: formatPath(pathOf(step)),
        message: `the data is nested more than ${String(limits.maxDepth)} levels deep, deeper than any record`,
      });
      continue;
    }
    const depth = step.depth + 1;
    // Children are pushed in reverse so problems come out in file order.
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) {
        pending.push({ value: current[index], key: index, parent: step, depth });
      }
      continue;
    }
    const entries = Object.entries(current);
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const entry = entries[index];
      if (entry) pending.push({ value: entry[1], key: entry[0], parent: step, depth });
    }
  }
}
