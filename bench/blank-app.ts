import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { ROOT, setProductionMode } from '../scripts/production-build.ts';

/**
 * The yardstick for the bundle budget: Vite's React + TypeScript starter (`npm create vite`,
 * template react-ts), written out here rather than downloaded so the bench needs no network.
 * It reuses this repository's node_modules (same React, same Vite) through a symlink.
 */
const FILES: Record<string, string> = {
  'index.html': `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" type="image/svg+xml" href="/vite.svg" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Vite + React + TS</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`,
  'src/main.tsx': `import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './index.css'
import App from './App.tsx'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
`,
  'src/App.tsx': `import { useState } from 'react'
import reactLogo from './assets/react.svg'
import viteLogo from '/vite.svg'
import './App.css'

function App() {
  const [count, setCount] = useState(0)

  return (
    <>
      <div>
        <a href="https://vite.dev" target="_blank">
          <img src={viteLogo} className="logo" alt="Vite logo" />
        </a>
        <a href="https://react.dev" target="_blank">
          <img src={reactLogo} className="logo react" alt="React logo" />
        </a>
      </div>
      <h1>Vite + React</h1>
      <div className="card">
        <button onClick={() => setCount((count) => count + 1)}>
          count is {count}
        </button>
        <p>
          Edit <code>src/App.tsx</code> and save to test HMR
        </p>
      </div>
      <p className="read-the-docs">
        Click on the Vite and React logos to learn more
      </p>
    </>
  )
}

export default App
`,
  'src/index.css': ':root { font-family: system-ui, Avenir, Helvetica, Arial, sans-serif; }\n',
  'src/App.css': '.logo { height: 6em; padding: 1.5em; }\n.card { padding: 2em; }\n',
  'src/assets/react.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="4"/></svg>\n',
  'public/vite.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M4 4h24L16 28z"/></svg>\n',
};

/** Builds the starter in a temporary folder; returns its dist folder and a cleanup. */
export async function buildBlankApp(): Promise<{
  readonly outDir: string;
  cleanup(): Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'iliopsoas-blank-'));
  for (const [path, content] of Object.entries(FILES)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const outDir = join(dir, 'dist');
  setProductionMode();
  await build({
    mode: 'production',
    root: dir,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    // The template's react.svg (4.1 kB) is over Vite's inline limit and ships as a file; our
    // stand-in is tiny, so keep it out of the JavaScript the same way.
    build: { outDir, assetsInlineLimit: 0 },
  });
  return { outDir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
