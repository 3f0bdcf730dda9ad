const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Adds days to an ISO calendar date (YYYY-MM-DD) in UTC, so the result does not depend on the
 * machine's time zone. The core never reads the clock: callers pass today's date in.
 */
export function addDays(isoDate: string, days: number): string {
  const match = ISO_DATE.exec(isoDate);
  if (match === null) throw new RangeError(`Not an ISO date: ${isoDate}`);
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) + days * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}
