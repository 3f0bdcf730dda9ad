import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonSyntaxError } from './json-syntax';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('locating a JSON syntax error', () => {
  it.each([
    ['{"a": 1,}', 1, 9, 'expected a property name in double quotes, found "}"'],
    ['[1, 2,]', 1, 7, 'expected a value before "]" (is there a comma too many?)'],
    ['{"a": 1\n "b": 2}', 2, 2, 'expected "," or "}" after a property value'],
    ['{"a": tru}', 1, 7, 'expected a value, found "t"'],
    ['{"a": "x\ny"}', 1, 9, 'a line break or control character inside a text value'],
    ['{"a": "\\q"}', 1, 8, 'an invalid escape in a text value'],
    ['{"a": -}', 1, 7, 'an invalid number'],
    ['{"a": 1} x', 1, 10, 'unexpected text after the data'],
    ['{"a": [1, 2', 1, 12, 'the file ends before the data is complete (it may be cut short)'],
    ['{"a": "unterminated', 1, 7, 'a text value that is never closed (the closing " is missing)'],
  ])('%j → line %i, column %i', (text, line, column, message) => {
    expect(parses(text)).toBe(false);
    expect(locateJsonSyntaxError(text)).toMatchObject({ line, column, message });
  });

  it('finds no error in valid JSON, whatever its shape', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(locateJsonSyntaxError(text)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with JSON.parse on every truncation of valid JSON', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), (text, cut) => {
        const truncated = text.slice(0, cut % (text.length + 1));
        expect(locateJsonSyntaxError(truncated) === undefined).toBe(parses(truncated));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with JSON.parse when one character of valid JSON is changed', () => {
    const chars = fc.constantFrom(...'{}[],:"\\ -+.0123456789eEtfnul\n\tx'.split(''));
    fc.assert(
      fc.property(fc.json(), fc.nat(), chars, (text, at, char) => {
        const index = at % (text.length + 1);
        const changed = text.slice(0, index) + char + text.slice(index + 1);
        expect(locateJsonSyntaxError(changed) === undefined).toBe(parses(changed));
      }),
      { numRuns: 2000 },
    );
  });

  it('survives nesting far deeper than any engine recursion limit', () => {
    const deep = '['.repeat(1_000_000);
    expect(locateJsonSyntaxError(deep)).toMatchObject({ offset: 1_000_000 });
  });
});
