import '@testing-library/jest-dom/vitest';
import './setup-storage';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { installDialogPolyfill } from './dialog-polyfill';

// Component tests (jsdom): the storage and HTTP setup of every test, plus the DOM's own.
installDialogPolyfill();

afterEach(() => {
  cleanup();
});
