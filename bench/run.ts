/**
 * `npm run bench`: runs each benchmark module in turn. A module exports
 * `async function run(): Promise<void>` and prints its own lines; a thrown error or a missed
 * target (set `process.exitCode = 1`) makes the whole run exit non-zero.
 *
 * To add a benchmark (for example bench/assess.ts for the clinical engine), write the module and
 * append `['assess', () => import('./assess.ts')]` to BENCHES below. Modules run in this order,
 * one at a time, so their timings do not disturb each other.
 *
 * Started by scripts/run-ts.mjs, which lets Node 20 run TypeScript through Vite's module runner.
 */
interface BenchModule {
  run(): Promise<void>;
}

const BENCHES: readonly (readonly [name: string, load: () => Promise<BenchModule>])[] = [
  ['bundle size', () => import('./bundle-size.ts')],
  ['patient table', () => import('./patient-table.ts')],
  ['clinical engine (assess)', () => import('./assess.ts')],
  ['finding to differential', () => import('./finding-latency.ts')],
  ['print to PDF', () => import('./print-pdf.ts')],
  ['first load', () => import('./first-load.ts')],
  ['10,000 patients and 50,000 visits', () => import('./large-data.ts')],
  ['Lighthouse (mobile)', () => import('./lighthouse.ts')],
  ['published cases', () => import('./published-cases-bench.ts')],
];

/** `npm run bench -- lighthouse first` runs only the benches whose names contain one of the words. */
export async function main(args: readonly string[] = []): Promise<void> {
  const only = args.map((word) => word.toLowerCase());
  for (const [name, load] of BENCHES) {
    if (only.length > 0 && !only.some((word) => name.toLowerCase().includes(word))) continue;
    console.log(`\n── ${name} ${'─'.repeat(Math.max(0, 60 - name.length))}`);
    try {
      await (await load()).run();
    } catch (error) {
      console.error(`${name}: failed to run`, error);
      process.exitCode = 1;
    }
  }
}
