/** Shared formatting so every bench prints the same way: value, target, verdict. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

export function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** Prints one result line and flags the run as failed if the target is missed. */
export function verdict(label: string, value: string, target: string, ok: boolean): void {
  console.log(
    `${label.padEnd(34)} ${value.padEnd(28)} target ${target.padEnd(10)} ${ok ? 'ok' : 'MISSED'}`,
  );
  if (!ok) process.exitCode = 1;
}
