import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';

export { expect };
export { putStoredRows } from './stored-rows';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

function describeViolations(results: AxeResults): string[] {
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n  ${violation.nodes
        .map((node) => node.target.join(' '))
        .join('\n  ')}`,
  );
}

interface Fixtures {
  /** Runs axe (WCAG 2.2 A/AA and best practices) on the page as it is now; fails on any violation. */
  expectAccessible: (screen: string) => Promise<void>;
  /** Requests that tried to leave the machine; the fixture fails the test if there are any. */
  offsiteRequests: string[];
  /**
   * Content-Security-Policy violations reported by any page of the test ("directive blocked-url
   * at page-url"); the fixture fails the test if any are left. A test that provokes one on
   * purpose checks it and then empties the array.
   */
  securityViolations: string[];
}

interface Options {
  /**
   * How the offsite guard works. 'route' (the default) intercepts and aborts offsite requests; but
   * Playwright bypasses service workers while it intercepts, so tests of the service worker use
   * 'listen', which records every request of the context and fails the test all the same.
   */
  offsiteGuard: 'route' | 'listen';
}

const isOffsite = (url: URL) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost';

// Fixture bodies name Playwright's `use` callback `provide`, so React's hooks lint leaves it be.
export const test = base.extend<Fixtures & Options>({
  offsiteGuard: ['route', { option: true }],
  offsiteRequests: [
    async ({ page, context, offsiteGuard }, provide) => {
      const offsite: string[] = [];
      if (offsiteGuard === 'route') {
        await page.route(isOffsite, (route) => {
          offsite.push(route.request().url());
          return route.abort();
        });
      } else {
        context.on('request', (request) => {
          const url = new URL(request.url());
          if (url.protocol.startsWith('http') && isOffsite(url)) offsite.push(request.url());
        });
      }
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await provide(offsite);
      expect(offsite, 'requests that left the machine').toEqual([]);
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  securityViolations: [
    async ({ context }, provide) => {
      const violations: string[] = [];
      await context.exposeBinding('__reportSecurityViolation', (_source, text: string) => {
        violations.push(text);
      });
      await context.addInitScript(() => {
        document.addEventListener(
          'securitypolicyviolation',
          (event) => {
            // Looked up when it fires: a payload under test may have replaced window properties.
            const { __reportSecurityViolation: report } = window as unknown as {
              __reportSecurityViolation?: (text: string) => Promise<void>;
            };
            void report?.(
              `${event.effectiveDirective} ${event.blockedURI} at ${location.pathname}`,
            );
          },
          true,
        );
      });
      await provide(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  expectAccessible: async ({ page }, provide) => {
    await provide(async (screen: string) => {
      await test.step(`axe finds no violations: ${screen}`, async () => {
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        expect(describeViolations(results), `axe violations on ${screen}`).toEqual([]);
      });
    });
  },
});
