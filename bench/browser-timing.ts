import type { Page } from '@playwright/test';

/**
 * Milliseconds from the start of the page's navigation until `ready` holds in the page, checked
 * on every animation frame (so within a frame of the truth). Timed in the browser.
 */
export async function msUntil(page: Page, ready: string): Promise<number> {
  const handle = await page.waitForFunction(
    (selectorText) => {
      const [selector, text] = selectorText.split('|');
      const element = [...document.querySelectorAll(selector ?? '')].find((e) =>
        text === undefined ? true : e.textContent.trim() === text,
      );
      return element ? performance.now() : false;
    },
    ready,
    { polling: 'raf', timeout: 120_000 },
  );
  return Number(await handle.jsonValue());
}

/** The patients list is on screen and usable: its count says how many are listed. */
export const PATIENTS_LISTED = (count: string) => `[role="status"].table-tools__count|${count}`;
/** The empty device's first screen. */
export const NO_PATIENTS_YET = 'h2|No patients on this device yet';
