import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The checks every screen and state of screens.ts gets, once each (hardening-screens.spec.ts).
 * axe itself is the `expectAccessible` fixture; requests beyond the app's origin and policy
 * violations are watched by the spec.
 */

/**
 * Colour is never the only signal: every field marked invalid says why in words linked to it,
 * and every alert has words in it.
 */
export async function expectWordsNotJustColour(page: Page, screen: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    for (const field of document.querySelectorAll('[aria-invalid="true"]')) {
      const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const words = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
      if (!/[a-z]{3}/i.test(words)) found.push(`invalid field without words: ${field.outerHTML}`);
    }
    // An empty live region (kept so that what later appears is announced) shows nothing.
    for (const alert of document.querySelectorAll('[role="alert"]')) {
      const empty = alert.childElementCount === 0 && alert.textContent.trim() === '';
      if (!empty && !/[a-z]{3}/i.test(alert.textContent))
        found.push(`alert without words: ${alert.outerHTML}`);
    }
    return found;
  });
  expect(problems, `signals by colour alone on ${screen}`).toEqual([]);
}

/** Text at 200%: at the page's width nothing scrolls sideways and every control stays in view. */
export async function expectTextAt200(page: Page, screen: string): Promise<void> {
  await test.step(`text at 200%: ${screen}`, async () => {
    const result = await page.evaluate(async () => {
      // What a browser's text-size setting does: rem and em grow, pixel sizes do not.
      document.documentElement.style.fontSize = '200%';
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const width = document.documentElement.clientWidth;
      const outside = [
        ...document.querySelectorAll<HTMLElement>(
          'main button, main input, main select, main textarea, main a, h1',
        ),
      ]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          const hidden = box.width === 0 || box.height === 0;
          // A data table may scroll sideways inside its own region (WCAG 1.4.10 exempts tables
          // that need two dimensions); the page itself may not.
          let parent = element.parentElement;
          while (parent && !['auto', 'scroll'].includes(getComputedStyle(parent).overflowX))
            parent = parent.parentElement;
          return !hidden && parent === null && (box.left < -1 || box.right > width + 1);
        })
        .map((element) => element.outerHTML.slice(0, 120));
      const scrollsSideways = document.documentElement.scrollWidth > width + 1;
      const fontSize = getComputedStyle(document.querySelector('h1') ?? document.body).fontSize;
      document.documentElement.style.fontSize = '';
      return { outside, scrollsSideways, fontSize };
    });
    expect(result.scrollsSideways, `horizontal scroll at 200% on ${screen}`).toBe(false);
    expect(result.outside, `controls cut off at 200% on ${screen}`).toEqual([]);
    expect(Number.parseFloat(result.fontSize), 'the heading grew').toBeGreaterThanOrEqual(32);
  });
}

/** How many tab stops are checked on each screen and state. */
const TAB_STOPS = 25;
/** Tabs pressed between two reads of what took focus. */
const TABS_PER_READ = 5;

/**
 * Keyboard focus is always visible: for up to 25 tab stops from where the screen or state left
 * off (the top of a new page, the button that opened something, or inside an open dialog), the
 * focused element shows a ring (outline of at least 2 px, or a box-shadow). The page records the
 * ring of each element as focus reaches it, so the tabs are pressed in runs, not one read each.
 */
export async function expectFocusAlwaysVisible(page: Page, screen: string): Promise<void> {
  await test.step(`focus ring on every stop: ${screen}`, async () => {
    await page.evaluate(() => {
      const stops: string[] = [];
      (window as unknown as { __focusStops: string[] }).__focusStops = stops;
      document.addEventListener(
        'focusin',
        (event) => {
          const element = event.target;
          if (!(element instanceof HTMLElement)) return;
          const style = getComputedStyle(element);
          const outline =
            style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
          const shadow = style.boxShadow !== 'none';
          stops.push(outline || shadow ? 'ring' : `no ring on ${element.outerHTML.slice(0, 120)}`);
        },
        true,
      );
      // Past the last control focus leaves the page: the rest of the tab order has been seen.
      document.addEventListener(
        'focusout',
        (event) => {
          if (event.relatedTarget === null) stops.push('nothing focused');
        },
        true,
      );
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      stops.length = 0;
    });
    let focused = 0;
    let read = 0;
    let done = false;
    for (let pressed = 0; pressed < TAB_STOPS && !done; pressed += TABS_PER_READ) {
      for (let tab = 0; tab < TABS_PER_READ; tab += 1) await page.keyboard.press('Tab');
      const stops = await page.evaluate(
        () => (window as unknown as { __focusStops: string[] }).__focusStops,
      );
      for (const ring of stops.slice(read)) {
        if (ring === 'nothing focused') {
          // Left off at the last control, the next Tab comes back in at the top.
          if (focused > 0) {
            done = true;
            break;
          }
          continue;
        }
        if (focused >= TAB_STOPS) break;
        focused += 1;
        expect(ring, `${screen}, tab stop ${String(focused)}`).toBe('ring');
      }
      read = stops.length;
    }
    expect(focused, `${screen}: something took focus`).toBeGreaterThan(0);
  });
}
