import { assess, CONDITION_LIST, EXAM_ITEMS } from '../src/clinical/index.ts';
import { createAssessor } from '../src/clinical/scoring/assess.ts';
import { syntheticFindings, syntheticKb } from './synthetic-kb.ts';
import type { SyntheticSize } from './synthetic-kb.ts';
import { verdict } from './report.ts';

/**
 * `assess` timings: on the real knowledge base (target median < 0.5 ms) and on synthetic bases up
 * to the size of the largest published diagnostic systems, 2,500 conditions × 5,000 findings
 * (target median < 16 ms, one frame). Reports medians and p95 over many calls, and how time
 * grows between sizes. A script, not a test: the machines are shared and noisy.
 */
const median = (xs: readonly number[]): number => quantile(xs, 0.5);

function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function time(run: () => unknown, iterations: number): number[] {
  for (let i = 0; i < Math.min(20, iterations); i++) run(); // warm-up: let the JIT settle
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples;
}

const REAL_VISITS: readonly Record<string, unknown>[] = [
  {},
  {
    age: 29,
    'pain-groin': true,
    'symptomatic-side': 'right',
    'iliopsoas-tendon-tender': { right: true },
    'resisted-hip-flexion': { right: 'positive' },
    'thomas-hip-angle': { right: 10 },
  },
  {
    age: 67,
    'pain-groin': true,
    'pain-hip': true,
    'hip-ir-rom': { right: 10, left: 30 },
    'hip-flexion-rom': { right: 100 },
    scour: { right: 'positive' },
    'worse-squatting': true,
    fever: false,
    'morning-stiffness': 20,
  },
  {
    age: 76,
    anticoagulants: true,
    'pain-groin': true,
    'hip-held-flexed': true,
    'knee-extension-strength': { left: 3 },
    'patellar-reflex': { left: 'reduced' },
    'symptomatic-side': 'left',
  },
];

const fmt = (ms: number): string => `${ms.toFixed(3)} ms`;

export async function run(): Promise<void> {
  const real = REAL_VISITS.flatMap((findings) =>
    time(() => assess(findings, { setting: 'general' }), 400),
  );
  console.log(
    `real knowledge base: ${String(CONDITION_LIST.length)} conditions, ${String(EXAM_ITEMS.length)} exam items; ${String(REAL_VISITS.length)} visits × 400 calls; p95 ${fmt(quantile(real, 0.95))}`,
  );
  verdict('assess, real knowledge base', fmt(median(real)), '< 0.5 ms', median(real) < 0.5);

  const sizes: readonly SyntheticSize[] = [
    { conditions: 250, findings: 500 },
    { conditions: 1000, findings: 2000 },
    { conditions: 2500, findings: 5000 },
  ];
  let previous: { size: SyntheticSize; ms: number } | undefined;
  for (const size of sizes) {
    const kb = syntheticKb(size);
    const buildStart = performance.now();
    const assessSynthetic = createAssessor(kb);
    const buildMs = performance.now() - buildStart;
    const visits = Array.from({ length: 10 }, (_, seed) => syntheticFindings(size, 60, seed + 1));
    const samples = visits.flatMap((findings) =>
      time(() => assessSynthetic(findings, { setting: 'general' }), 15),
    );
    const ms = median(samples);
    const growth =
      previous === undefined
        ? ''
        : `; ×${(ms / previous.ms).toFixed(1)} time for ×${(size.conditions / previous.size.conditions).toFixed(1)} conditions`;
    console.log(
      `assess, synthetic ${size.conditions} conditions × ${size.findings} findings (60 recorded): median ${fmt(ms)}, p95 ${fmt(quantile(samples, 0.95))}; one-off index build ${fmt(buildMs)}${growth}`,
    );
    previous = { size, ms };
  }
  if (previous !== undefined)
    verdict('assess, 2,500 × 5,000 synthetic', fmt(previous.ms), '< 16 ms', previous.ms < 16);
  await Promise.resolve();
}
