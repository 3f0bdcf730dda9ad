import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { rolldown } from 'rolldown';
import type { Plugin, ResolvedConfig } from 'vite';
import { SERVICE_WORKER_FILE } from '../src/sw/service-worker-protocol.ts';

const SOURCE = new URL('../src/sw/service-worker.ts', import.meta.url).pathname;

/** Files in public/ (copied as they are), as URLs relative to the app's base. */
async function publicFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else found.push(relative(dir, path).split('\\').join('/'));
    }
  };
  try {
    await walk(dir);
  } catch {
    // No public folder: nothing to add.
  }
  return found;
}

/**
 * Writes `sw.js` into the build: src/sw/service-worker.ts bundled as a classic script, with the
 * list of every file the build emitted (hashed names from Vite's own bundle, index.html and the
 * public files) and a version hashed from their contents, so a new build is a new worker.
 *
 * Hand-written rather than vite-plugin-pwa/Workbox: the app needs precaching, a navigation
 * fallback and a wait-until-asked update, about eighty lines in all, and this keeps the build free
 * of Workbox's dependency tree and its runtime (nothing is ever fetched from a CDN).
 */
export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'iliopsoas:service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle(_options, bundle) {
      const hash = createHash('sha256');
      // The worker's own code counts too: a change to it is a new version with a fresh cache.
      hash.update(await readFile(SOURCE));
      const files: string[] = [];
      for (const [fileName, output] of Object.entries(bundle).sort(([a], [b]) =>
        a.localeCompare(b),
      )) {
        if (fileName.endsWith('.map')) continue;
        files.push(fileName);
        hash.update(fileName);
        hash.update(output.type === 'chunk' ? output.code : output.source);
      }
      const fromPublic = config.publicDir ? await publicFiles(config.publicDir) : [];
      for (const file of fromPublic) hash.update(file);
      const precache = [...files, ...fromPublic].sort();
      const version = hash.digest('hex').slice(0, 16);

      const build = await rolldown({
        input: SOURCE,
        platform: 'browser',
        logLevel: 'warn',
        transform: {
          define: {
            __PRECACHE_FILES__: JSON.stringify(precache),
            __BUILD_VERSION__: JSON.stringify(version),
          },
        },
      });
      try {
        const { output } = await build.generate({ format: 'iife', minify: true });
        const [chunk] = output;
        this.emitFile({ type: 'asset', fileName: SERVICE_WORKER_FILE, source: chunk.code });
      } finally {
        await build.close();
      }
    },
  };
}
