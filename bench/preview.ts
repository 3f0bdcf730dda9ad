import { preview } from 'vite';
import { ROOT, type PreviewHandle } from '../scripts/production-build.ts';

/**
 * Serves a built `outDir` as `vite preview` does (same headers, same SPA fallback), on a fixed
 * port: each bench that starts a server has its own, so runs never collide with a developer's
 * `npm start` (4173) or the end-to-end server.
 */
export async function servePreviewOn(outDir: string, port: number): Promise<PreviewHandle> {
  const server = await preview({
    root: ROOT,
    configFile: `${ROOT}vite.config.ts`,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  return { url, close: () => server.close() };
}

/** Ports of this machine's bench servers (see each bench). */
export const BENCH_PORTS = { lighthouse: 4338, browser: 4339 } as const;
