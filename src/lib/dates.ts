/**
 * Dates in the app are ISO calendar dates ("1980-04-12") with no time zone: a date of birth is
 * the same day everywhere. These helpers never go through local midnight, so a clinician west of
 * Greenwich does not see a patient born a day early.
 */

import { lazy } from './lazy';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function parts(iso: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Today's date where the clinician is, as "YYYY-MM-DD". */
export function todayIsoDate(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Completed years between two ISO dates (the age on `onDate`); `undefined` if either is malformed. */
export function ageInYears(dateOfBirth: string, onDate: string): number | undefined {
  const birth = parts(dateOfBirth);
  const on = parts(onDate);
  if (!birth || !on) return undefined;
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}

const dateFormat = lazy(
  () =>
    new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);

/** "12 Apr 1980": unambiguous whatever the reader's habit (12/04 or 04/12). */
export function formatDate(iso: string): string {
  const date = parts(iso);
  if (!date) return iso;
  return dateFormat().format(new Date(Date.UTC(date.year, date.month - 1, date.day)));
}

const dateTimeFormat = lazy(
  () => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
);

/** A stored timestamp in the clinician's local time, e.g. "1 Mar 2025, 10:00". */
export function formatDateTime(isoTimestamp: string): string {
  const date = new Date(isoTimestamp);
  return Number.isNaN(date.getTime()) ? isoTimestamp : dateTimeFormat().format(date);
}
