import type { Extension } from '@medplum/fhirtypes';
import { EXT } from './fhir-codes';

/**
 * FHIR R4 primitive rules (the regular expressions of the R4 specification as @medplum/core
 * enforces them), and the one way this mapping keeps a stored value that FHIR cannot hold:
 * as JSON text in an extension. The app's schemas allow things FHIR does not: an empty or
 * whitespace-only note, control characters pasted into a name, a year 0000, more than nine
 * digits of fractional seconds, a revision above 2³¹ − 1. Such a value is still exported, exactly.
 */

const STRING = /^[\r\n\t\u0020-\uFFFF]+$/;
const CODE = /^[^\s]+( [^\s]+)*$/;
const DATE = /^(\d(\d(\d[1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2]\d|3[0-1])$/;
const INSTANT =
  /^(\d(\d(\d[1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2]\d|3[0-1])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d{1,9})?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00))$/;
const INT32_MIN = -2_147_483_648;
const INT32_MAX = 2_147_483_647;

export const isFhirString = (value: string): boolean => STRING.test(value) && value.trim() !== '';
export const isFhirCode = (value: string): boolean => CODE.test(value) && STRING.test(value);
export const isFhirDate = (value: string): boolean => DATE.test(value);
export const isFhirInstant = (value: string): boolean => INSTANT.test(value);
export const isFhirInteger = (value: number): boolean =>
  Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX;

/** Text fit for a FHIR string element: disallowed characters shown as U+FFFD; none if blank. */
export function displayText(value: string): string | undefined {
  const shown = value.replace(/[^\r\n\t\u0020-\uFFFF]/g, '\uFFFD');
  return shown.trim() === '' ? undefined : shown;
}

/** A year 0000 or a tenth fractional digit made valid; the exact text goes in an extension. */
function nearestValid(value: string): string {
  return value.replace(/^0000/, '0001').replace(/(\.\d{9})\d+/, '$1');
}

const json = (value: unknown): Extension => ({ url: 'json', valueString: JSON.stringify(value) });

/** The stored value exactly, when the native element had to hold something else (or nothing). */
export function asStored(field: string, value: unknown): Extension {
  return { url: EXT.asStored, extension: [{ url: 'field', valueString: field }, json(value)] };
}

/** A value for a native element, and the exact stored value when the two differ. */
export interface Native {
  readonly value: string | undefined;
  readonly stored: Extension | undefined;
}

export function nativeString(field: string, value: string): Native {
  if (isFhirString(value)) return { value, stored: undefined };
  return { value: displayText(value), stored: asStored(field, value) };
}

/** Instants and dates always get a valid native value (required elements need one). */
export function nativeInstant(field: string, value: string): Native & { readonly value: string } {
  if (isFhirInstant(value)) return { value, stored: undefined };
  return { value: nearestValid(value), stored: asStored(field, value) };
}

export function nativeDate(field: string, value: string): Native & { readonly value: string } {
  if (isFhirDate(value)) return { value, stored: undefined };
  return { value: nearestValid(value), stored: asStored(field, value) };
}

/** Extensions of the app with a typed value, or the JSON text when FHIR cannot hold the value. */
export function stringExtension(url: string, value: string): Extension {
  return isFhirString(value) ? { url, valueString: value } : { url, extension: [json(value)] };
}

export function codeExtension(url: string, value: string): Extension {
  return isFhirCode(value) ? { url, valueCode: value } : { url, extension: [json(value)] };
}

export function instantExtension(url: string, value: string): Extension {
  return isFhirInstant(value) ? { url, valueInstant: value } : { url, extension: [json(value)] };
}

export function dateExtension(url: string, value: string): Extension {
  return isFhirDate(value) ? { url, valueDate: value } : { url, extension: [json(value)] };
}

export function integerExtension(url: string, value: number): Extension {
  return isFhirInteger(value) ? { url, valueInteger: value } : { url, extension: [json(value)] };
}

/**
 * The app's numbers are finite (zod refuses NaN and ±Infinity), so a decimal fits, except that
 * JSON writes −0 as 0: it goes as the JSON text "-0", which JSON.parse reads back as −0.
 */
export function decimalExtension(url: string, value: number): Extension {
  return Object.is(value, -0)
    ? { url, extension: [{ url: 'json', valueString: '-0' }] }
    : { url, valueDecimal: value };
}

/** The non-empty extensions of a list that may hold undefined for absent optional values. */
export function present(...extensions: readonly (Extension | undefined)[]): Extension[] {
  return extensions.filter((extension): extension is Extension => extension !== undefined);
}
