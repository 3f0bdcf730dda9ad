import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Script-injection payloads for every place a person or a file puts free text into the app. If
 * any of them ran, it would set `window.__pwned`, open a dialog, or (under the app's policy) be
 * blocked and reported as a Content-Security-Policy violation, which fails every test anyway.
 * None of them may change what is shown: each must appear exactly as typed.
 *
 * `text(max)` gives the payload for a field that holds at most `max` characters; all but the long
 * one fit the shortest field (64, the identifier), so none is cut.
 */
export interface Payload {
  readonly name: string;
  text(max: number): string;
}

const fixed = (name: string, value: string): Payload => ({ name, text: () => value });

export const PAYLOADS: readonly Payload[] = [
  fixed('img onerror', `<img src=x onerror="window.__pwned='img'">`),
  fixed('script element', `<script>window.__pwned='script'</script>`),
  fixed('javascript: URL', `javascript:window.__pwned='url';alert(1)`),
  fixed('attribute break-out', `"><svg onload="window.__pwned='svg'">`),
  fixed('style break-out', `</style><style>*{display:none}</style>`),
  fixed('link with javascript:', `<a href="javascript:alert(1)">open</a>`),
  fixed('template injection', `{{constructor.constructor('alert(1)')()}}`),
  fixed('iframe srcdoc', `<iframe srcdoc="<script>alert(1)</script>">`),
  fixed('quote break-out', `'); alert(1); ('`),
  // U+202E reverses the text after it; it must stay a character, not reorder the page.
  fixed('right-to-left override', `Ann\u202Eevil.exe\u202C Lee`),
  {
    name: 'very long string',
    text: (max) => '<x-pwn>W</x-pwn>'.repeat(Math.ceil(max / 16)).slice(0, max),
  },
];

/**
 * The payloads packed into groups whose text, joined by " | ", fits `max` characters, so a field
 * at least that long can take a whole group at once (the long string always goes alone, filling
 * the field). Fewer, fuller runs through the slower screens, and still every payload everywhere.
 */
export function payloadGroups(max: number): Payload[] {
  const groups: Payload[][] = [];
  for (const payload of PAYLOADS) {
    const last = groups.at(-1);
    const joined = last?.map((p) => p.text(max)).join(' | ') ?? '';
    const fits = last !== undefined && joined.length + 3 + payload.text(max).length <= max;
    if (fits && payload.text(max).length < max) last.push(payload);
    else groups.push([payload]);
  }
  return groups.map((group) => ({
    name: group.map((p) => p.name).join(', '),
    text: (fieldMax) => group.map((p) => p.text(fieldMax)).join(' | '),
  }));
}

/**
 * Nothing a payload carries ran or became markup: the flag is unset, no dialog opened, and the
 * page holds none of the elements the payloads would create.
 */
export async function expectNothingRan(page: Page, dialogs: readonly string[]): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs, 'dialogs opened by a payload').toEqual([]);
  const injected = await page.evaluate(
    () =>
      document.querySelectorAll(
        'body img, body svg[onload], body iframe, body script, body style, body [onerror], body [onload], a[href^="javascript:"], x-pwn',
      ).length,
  );
  expect(injected, 'elements made from a payload').toBe(0);
}

/** Records (and dismisses) any alert, confirm or prompt the page opens. */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}
