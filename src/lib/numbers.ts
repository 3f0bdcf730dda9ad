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

/**
 * A probability whose size below 1% matters (a prior, the 0.5% don't-miss threshold): "0.6%",
 * "<0.1%"; from 1% up, as formatPercent. Rounded down below 1%, so a figure just under a
 * threshold never reads as the threshold.
 */
export function formatSmallPercent(probability: number): string {
  if (probability < 0.001) return '<0.1%';
  if (probability < 0.01) return `${(Math.floor(probability * 1000) / 10).toFixed(1)}%`;
  return formatPercent(probability);
}
