import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../scripts/production-build.ts';
import { buildBlankApp } from './blank-app.ts';
import { appBuild } from './app-build.ts';
import { kilobytes, verdict } from './report.ts';

/** Target from DESIGN.md §5: initial JavaScript at most twice the blank starter's. */
const MAX_RATIO = 2;

/**
 * The JavaScript index.html loads before any lazy chunk: its module script and modulepreloads,
 * and every module those import statically (with modulePreload off, the entry's own imports are
 * not listed in the HTML, but load all the same).
 */
async function initialScripts(outDir: string): Promise<string[]> {
  const files = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (files.has(file)) return;
    files.add(file);
    const code = await readFile(join(outDir, file), 'utf8');
    const directory = file.slice(0, file.lastIndexOf('/') + 1);
    // Static imports only: `import("./x.js")` (a lazy chunk) has a parenthesis, not a quote.
    for (const [, imported] of code.matchAll(/\b(?:from|import)\s*["']\.\/([^"']+\.js)["']/g))
      if (imported) await visit(directory + imported);
  };
  for (const file of await htmlScripts(outDir)) await visit(file);
  return [...files];
}

/** The scripts index.html names: its module script and modulepreloads. */
async function htmlScripts(outDir: string): Promise<string[]> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const files: string[] = [];
  for (const tag of tags) {
    const isModule = tag.startsWith('<script') && tag.includes('type="module"');
    const isPreload = tag.startsWith('<link') && tag.includes('rel="modulepreload"');
    const url = /(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1];
    if ((isModule || isPreload) && url) files.push(url.replace(/^\//, ''));
  }
  return files;
}

async function gzipSize(outDir: string, files: readonly string[]): Promise<number> {
  let total = 0;
  for (const file of files)
    total += gzipSync(await readFile(join(outDir, file)), { level: 9 }).length;
  return total;
}

export async function run(): Promise<void> {
  const app = await appBuild();
  const blank = await buildBlankApp();
  try {
    const appFiles = await initialScripts(app.outDir);
    const blankFiles = await initialScripts(blank.outDir);
    const appBytes = await gzipSize(app.outDir, appFiles);
    const blankBytes = await gzipSize(blank.outDir, blankFiles);
    const ratio = appBytes / blankBytes;

    console.log(
      `initial JavaScript, gzip: app ${kilobytes(appBytes)} (${String(appFiles.length)} file(s)), blank Vite React TS ${kilobytes(blankBytes)}`,
    );
    verdict(
      'initial JS vs blank starter',
      `${ratio.toFixed(2)}×`,
      `≤ ${MAX_RATIO.toFixed(1)}×`,
      ratio <= MAX_RATIO,
    );

    // The first screen is the patients list: the shell plus the chunks that screen loads (its
    // component, its route's loader, the storage banner's check). It must not wait for the
    // knowledge base (the visit schema carries it), which only visits need.
    const firstScreenSources = ['patients-page.tsx', 'patients-data.ts', 'storage-status.ts'];
    const firstScreen = [
      ...new Set([...appFiles, ...firstScreenSources.flatMap((source) => app.screenFiles(source))]),
    ];
    const firstScreenBytes = await gzipSize(app.outDir, firstScreen);
    console.log(
      `first screen (shell + patients list), gzip: ${kilobytes(firstScreenBytes)} in ${String(firstScreen.length)} file(s)`,
    );
    const clinicalOnFirstScreen = app
      .modulesIn(firstScreen)
      .filter((id) => id.includes('/src/clinical/'));
    verdict(
      'knowledge base loaded by the patients list',
      clinicalOnFirstScreen.length === 0
        ? 'no'
        : `yes (${String(clinicalOnFirstScreen.length)} modules)`,
      'no',
      clinicalOnFirstScreen.length === 0,
    );

    const initialModules = app.modulesIn(appFiles);
    const eagerRecharts = initialModules.filter((id) => id.includes('/node_modules/recharts/'));
    verdict(
      'recharts in the initial bundle',
      eagerRecharts.length === 0 ? 'no' : `yes (${String(eagerRecharts.length)} modules)`,
      'no',
      eagerRecharts.length === 0,
    );
    const heavy = [
      'zod',
      'idb',
      '@tanstack/react-table',
      '@tanstack/react-virtual',
      'react-hook-form',
    ];
    const eager = heavy.filter((name) =>
      initialModules.some((id) => id.includes(`/node_modules/${name}/`)),
    );
    console.log(
      `loaded on demand (not in the initial bundle): ${heavy.filter((name) => !eager.includes(name)).join(', ') || 'none'}`,
    );
    console.log(`app build: ${join(app.outDir, 'index.html').replace(ROOT, '')}`);
  } finally {
    await blank.cleanup();
  }
}
