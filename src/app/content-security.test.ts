import { describe, expect, it } from 'vitest';
import { parseWithoutEval } from './content-security';

describe('parsing without eval', () => {
  it('switches zod to its eval-free parsers through the global zod reads', async () => {
    parseWithoutEval();
    const { config } = await import('zod/v4/core');
    expect(config().jitless).toBe(true);
  });
});
