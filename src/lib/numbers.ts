const countFormat = new Intl.NumberFormat('en-GB');

/** "10,000" */
export function formatCount(value: number): string {
  return countFormat.format(value);
}

/** "1 patient", "10,000 patients" */
export function pluralise(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}
