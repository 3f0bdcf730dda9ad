const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });

function utc(iso: string): Date | undefined {
  const match = ISO_DATE.exec(iso);
  if (match === null) return undefined;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** "17 March 2026": the handout spells the month out. Read in UTC, so no day is lost to a time zone. */
export function formatLongDate(iso: string): string {
  const date = utc(iso);
  return date === undefined ? iso : longDate.format(date);
}

/**
 * "Tuesday 17 March 2026", for an appointment. Joined by hand: ICU versions differ on a comma
 * after the weekday, and the printout must not depend on the browser's.
 */
export function formatDayAndDate(iso: string): string {
  const date = utc(iso);
  return date === undefined ? iso : `${weekday.format(date)} ${longDate.format(date)}`;
}
