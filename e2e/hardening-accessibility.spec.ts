import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { walkScreens } from './screens';

/**
 * Colour is never the only signal: every field marked invalid says why in words linked to it,
 * and every alert has words in it.
 */
async function expectWordsNotJustColour(page: Page, screen: string): Promise<void> {
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

test('axe finds nothing on any screen or state, and no signal is colour alone', async ({
  page,
  expectAccessible,
}) => {
  // axe reads the visit workspace's ~300 controls several times, and the walk has ~45 screens
  // and states: many minutes on a busy machine.
  test.setTimeout(1_200_000);
  await walkScreens(page, async (screen) => {
    await expectAccessible(screen);
    await expectWordsNotJustColour(page, screen);
  });
});

test('text at 200%: at 1280 px nothing scrolls sideways and every control stays in view', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await walkScreens(page, async (screen) => {
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
  });
});

/** The focused element shows a ring (outline or box-shadow) of at least 2 px. */
async function focusRing(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return 'nothing focused';
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    return outline || shadow ? 'ring' : `no ring on ${element.outerHTML.slice(0, 120)}`;
  });
}

test('keyboard focus is always visible', async ({ page }) => {
  test.setTimeout(600_000);
  await walkScreens(page, async (screen) => {
    await test.step(`focus ring on every stop: ${screen}`, async () => {
      // Tab on from where the screen or state left off (the top of a new page, the button that
      // opened something, or inside an open dialog).
      await page.evaluate(() => {
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      });
      let focused = 0;
      for (let stop = 0; stop < 25; stop += 1) {
        await page.keyboard.press('Tab');
        const ring = await focusRing(page);
        if (ring === 'nothing focused') {
          // Past the last control focus leaves the page: the rest of the tab order has been
          // seen. Left off at the last control, the next Tab comes back in at the top.
          if (focused > 0) break;
          continue;
        }
        focused += 1;
        expect(ring, `${screen}, tab stop ${String(stop + 1)}`).toBe('ring');
      }
      expect(focused, `${screen}: something took focus`).toBeGreaterThan(0);
    });
  });
});
