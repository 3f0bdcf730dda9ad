import { expect, test } from './fixtures';
import {
  expectFocusAlwaysVisible,
  expectTextAt200,
  expectWordsNotJustColour,
} from './screen-checks';
import { SCREENS, walkScreen } from './screens';

/**
 * Every screen and state of screens.ts, each screen in a test of its own, checked once for all
 * of: nothing asked of any origin but the app's, no Content-Security-Policy violation, axe finds
 * nothing, no signal is colour alone, text at 200% loses nothing, and focus is always visible.
 * No FHIR server is set, so the app has no reason to reach anywhere else.
 */
for (const screen of SCREENS) {
  test(`${screen.name}: nothing leaves the origin, axe, words not colour, text at 200%, focus`, async ({
    page,
    context,
    baseURL,
    expectAccessible,
    securityViolations,
  }) => {
    // axe reads the visit workspace's ~300 controls on each state; slow on a busy machine.
    test.setTimeout(300_000);
    const appOrigin = new URL(baseURL ?? '').origin;
    const elsewhere: string[] = [];
    const seen: string[] = [];
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      seen.push(request.url());
      if (url.origin !== appOrigin) elsewhere.push(request.url());
    });
    await walkScreen(page, screen, async (label) => {
      await test.step(`nothing leaves the app's origin: ${label}`, () => {
        expect(elsewhere, `requests beyond ${appOrigin} on ${label}`).toEqual([]);
        expect(securityViolations, `policy violations on ${label}`).toEqual([]);
      });
      await expectAccessible(label);
      await expectWordsNotJustColour(page, label);
      await expectTextAt200(page, label);
      await expectFocusAlwaysVisible(page, label);
    });
    // The guard saw the app's own requests, so it was listening.
    expect(seen.some((url) => url.includes('/assets/'))).toBe(true);
  });
}
