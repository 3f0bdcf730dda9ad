import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

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
}

// Fixture bodies name Playwright's `use` callback `provide`, so React's hooks lint leaves it be.
export const test = base.extend<Fixtures>({
  offsiteRequests: [
    async ({ page }, provide) => {
      const offsite: string[] = [];
      await page.route(
        (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
        (route) => {
          offsite.push(route.request().url());
          return route.abort();
        },
      );
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await provide(offsite);
      expect(offsite, 'requests that left the machine').toEqual([]);
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
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

/** Waits for the app to have created its database, then writes raw rows into a store. */
export async function putStoredRows(
  page: Page,
  store: 'patients' | 'visits',
  rows: readonly unknown[],
): Promise<void> {
  await page.evaluate(
    async ({ store, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('iliopsoas-workbench');
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(request.error ?? new Error('open failed'));
        };
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        for (const row of rows) tx.objectStore(store).put(row);
        tx.oncomplete = () => {
          resolve();
        };
        tx.onerror = () => {
          reject(tx.error ?? new Error('write failed'));
        };
      });
      db.close();
    },
    { store, rows },
  );
}
