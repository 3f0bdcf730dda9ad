import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from '../../mocks/node';
import { closeDatabase } from '../data/db';
import { installDialogPolyfill } from './dialog-polyfill';

installDialogPolyfill();

// Any HTTP request without a handler fails the test: nothing may leave the machine unnoticed.
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});

// A fresh, empty IndexedDB for every test, so no test sees another's records.
beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});

afterEach(async () => {
  cleanup();
  server.resetHandlers();
  await closeDatabase();
  vi.unstubAllGlobals();
});

afterAll(() => {
  server.close();
});
