import type { Page } from '@playwright/test';

/**
 * Writes raw rows straight into the app's IndexedDB, bypassing the app: for seeding thousands of
 * patients quickly, or a row the app would never write. The app must have opened (and so
 * created) its database first: visit a screen before calling this.
 */
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
