import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium, never a downloaded browser. The flags keep it headless and quiet: no
 * sandbox (containers run as root), no GPU, and none of the background traffic Chromium makes
 * by default (component updates, sync, QUIC probes), so no request leaves the machine.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: CHROMIUM_PATH,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
