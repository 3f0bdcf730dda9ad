import { describe, expect, it, vi } from 'vitest';
import { lazy } from './lazy';

describe('lazy', () => {
  it('builds nothing until first asked, then builds once', () => {
    const build = vi.fn(() => ({ made: true }));
    const value = lazy(build);
    expect(build).not.toHaveBeenCalled();
    const first = value();
    expect(value()).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('keeps a built undefined rather than building again', () => {
    const build = vi.fn(() => undefined);
    const value = lazy(build);
    value();
    value();
    expect(build).toHaveBeenCalledTimes(1);
  });
});
