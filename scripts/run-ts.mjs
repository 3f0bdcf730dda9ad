// Runs a TypeScript entry point (bench/run.ts, scripts/screenshot.ts) on Node 20, which cannot
// strip types by itself (--experimental-strip-types arrived in Node 22). Vite's module runner
// transforms the entry and everything it imports on the fly; packages load natively.
//
//   node scripts/run-ts.mjs <file.ts> [args...]    # calls the file's exported main(args)
import { resolve } from 'node:path';
import { createServer, createServerModuleRunner } from 'vite';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}

const server = await createServer({
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
});
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
try {
  const module = await runner.import(resolve(entry));
  if (typeof module.main !== 'function') throw new Error(`${entry} does not export main()`);
  await module.main(args);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await runner.close();
  await server.close();
}
