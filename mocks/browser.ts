import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/** Development only: src/main.tsx loads this when VITE_MOCKS=true. */
export const worker = setupWorker(...handlers);
