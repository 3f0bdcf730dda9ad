import { describe, expect, it } from 'vitest';
import { deepEqual, differingPaths, without } from './compare-records';

describe('comparing records', () => {
  it('ignores key order and keys that hold undefined', () => {
    expect(deepEqual({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(deepEqual({ a: 1, gone: undefined }, { a: 1 })).toBe(true);
  });

  it('tells apart values, types, array lengths and missing keys', () => {
    expect(deepEqual({ a: 1 }, { a: '1' })).toBe(false);
    expect(deepEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(deepEqual({ a: [] }, { a: {} })).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
  });

  it('names the differing fields by path, at most the limit', () => {
    const before = {
      notes: 'a',
      findings: { pain: '4', side: { left: '1' } },
      addenda: [{ t: 'x' }],
    };
    const after = {
      notes: 'b',
      findings: { pain: '4', side: { left: '2' } },
      addenda: [{ t: 'y' }],
    };
    expect(differingPaths(before, after)).toEqual(['addenda[0].t', 'findings.side.left', 'notes']);
    expect(differingPaths(before, after, 1)).toEqual(['addenda[0].t']);
    expect(differingPaths({ list: [1] }, { list: [1, 2] })).toEqual(['list']);
  });

  it('leaves out bookkeeping fields on request', () => {
    expect(without({ id: 'v', revision: 3 }, ['revision'])).toEqual({ id: 'v' });
  });
});
