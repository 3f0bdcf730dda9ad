import { lazy } from './lazy';

const countFormat = lazy(() => new Intl.NumberFormat('en-GB'));

/** "10,000" */
export function formatCount(value: number): string {
  return countFormat().format(value);
}

/** "1 patient", "10,000 patients" */
export function pluralise(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

/** A probability as a percentage for people: "42%", and "<1%" or ">99%" rather than a false 0 or 100. */
export function formatPercent(probability: number): string {
  if (probability < 0.01) return '<1%';
  if (probability > 0.99) return '>99%';
  return `${String(Math.round(probability * 100))}%`;
}
