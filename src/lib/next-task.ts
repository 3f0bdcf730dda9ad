/**
 * Resolves with `value` in a later task, letting the browser handle input and paint first. Long
 * start-up work is split at these points so that no single task keeps a phone busy for long.
 */
export function inNextTask<T>(value: T): Promise<T> {
  return new Promise((resolve) => {
    setTimeout(() => {
      resolve(value);
    }, 0);
  });
}
