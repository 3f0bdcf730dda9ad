import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

/** The repository root (this file lives in scripts/). */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Vite picks React's production or development build from NODE_ENV, and the module runner that
 * runs these scripts (scripts/run-ts.mjs) has set it to "development". A build for measuring or
 * showing must be the production one, exactly as `npm start` serves.
 */
export function setProductionMode(): void {
  process.env.NODE_ENV = 'production';
}

/** Builds the app with its own vite.config.ts into `outDir` (relative to the root). */
export async function buildApp(outDir: string) {
  setProductionMode();
  return build({
    mode: 'production',
    root: ROOT,
    configFile: `${ROOT}vite.config.ts`,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

export interface PreviewHandle {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves a built `outDir` on a free localhost port, as `vite preview` does for `npm start`. */
export async function servePreview(outDir: string): Promise<PreviewHandle> {
  const server = await preview({
    root: ROOT,
    configFile: `${ROOT}vite.config.ts`,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  return { url, close: () => server.close() };
}
