import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from '../../mocks/node';
import { closeDatabase } from '../data/db';

/**
 * What every test outside the clinical core gets, in node and in jsdom alike: a fresh, empty
 * IndexedDB (fake-indexeddb) per test, so no test sees another's records, and MSW answering HTTP,
 * where any request without a handler fails the test: nothing may leave the machine unnoticed.
 */
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});

afterEach(async () => {
  server.resetHandlers();
  await closeDatabase();
  vi.unstubAllGlobals();
});

afterAll(() => {
  server.close();
});
