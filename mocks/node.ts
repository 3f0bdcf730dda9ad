import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** Vitest's server; src/test/setup.ts starts it with onUnhandledRequest: 'error'. */
export const server = setupServer(...handlers);
