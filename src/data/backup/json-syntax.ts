/**
 * Finds where JSON text first goes wrong, as line and column. `JSON.parse` says so in a different
 * way in every browser (Chromium gives an offset, Firefox a line and column, Safari nothing), so
 * after it fails this scanner walks the text once and names the first error itself. It builds no
 * values and uses an explicit stack, so a hostile file nested a million deep cannot overflow it.
 */

export interface JsonSyntaxError {
  /** Zero-based character offset. */
  readonly offset: number;
  /** One-based, as editors count. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

type State = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'after-value';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;
const LITERALS = ['true', 'false', 'null'] as const;

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function describeChar(char: string): string {
  return char.charCodeAt(0) < 32 ? 'a control character' : `"${char}"`;
}

/** Scans a string starting at the opening quote; returns the offset after it, or an error. */
function scanString(text: string, start: number): number | { at: number; message: string } {
  let i = start + 1;
  while (i < text.length) {
    const char = text.charAt(i);
    if (char === '"') return i + 1;
    if (char === '\\') {
      const next = text.charAt(i + 1);
      if (next === 'u') {
        if (!HEX4.test(text.slice(i + 2, i + 6)))
          return { at: i, message: 'a \\u escape needs four hexadecimal digits' };
        i += 6;
        continue;
      }
      if (!ESCAPES.has(next)) return { at: i, message: 'an invalid escape in a text value' };
      i += 2;
      continue;
    }
    if (char.charCodeAt(0) < 32)
      return { at: i, message: 'a line break or control character inside a text value' };
    i += 1;
  }
  return { at: start, message: 'a text value that is never closed (the closing " is missing)' };
}

/** The first syntax error in `text`, or `undefined` when the text is valid JSON. */
export function locateJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: ('object' | 'array')[] = [];
  let state: State = 'value';
  let i = 0;
  const fail = (message: string, at = i): JsonSyntaxError => ({
    offset: at,
    ...lineAndColumn(text, at),
    message,
  });
  const endedEarly = () => fail('the file ends before the data is complete (it may be cut short)');

  for (;;) {
    while (i < text.length && WHITESPACE.has(text.charAt(i))) i += 1;
    const char = text.charAt(i);
    const atEnd = i >= text.length;

    if (state === 'after-value') {
      const top = stack.at(-1);
      if (top === undefined) return atEnd ? undefined : fail('unexpected text after the data');
      if (atEnd) return endedEarly();
      const close = top === 'object' ? '}' : ']';
      if (char === ',') {
        i += 1;
        state = top === 'object' ? 'key' : 'value';
      } else if (char === close) {
        i += 1;
        stack.pop();
      } else {
        return fail(
          `expected "," or "${close}" after ${top === 'object' ? 'a property value' : 'an array element'}`,
        );
      }
      continue;
    }

    if (atEnd) return endedEarly();

    if (state === 'key-or-end' && char === '}') {
      i += 1;
      stack.pop();
      state = 'after-value';
      continue;
    }
    if (state === 'key' || state === 'key-or-end') {
      if (char !== '"')
        return fail(`expected a property name in double quotes, found ${describeChar(char)}`);
      const end = scanString(text, i);
      if (typeof end !== 'number') return fail(end.message, end.at);
      i = end;
      while (i < text.length && WHITESPACE.has(text.charAt(i))) i += 1;
      if (i >= text.length) return endedEarly();
      if (text.charAt(i) !== ':') return fail('expected ":" after the property name');
      i += 1;
      state = 'value';
      continue;
    }
    if (state === 'value-or-end' && char === ']') {
      i += 1;
      stack.pop();
      state = 'after-value';
      continue;
    }

    // A value is expected.
    state = 'after-value';
    if (char === '{') {
      stack.push('object');
      i += 1;
      state = 'key-or-end';
    } else if (char === '[') {
      stack.push('array');
      i += 1;
      state = 'value-or-end';
    } else if (char === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return fail(end.message, end.at);
      i = end;
    } else if (char === '-' || (char >= '0' && char <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return fail('an invalid number');
      i = NUMBER.lastIndex;
    } else {
      const literal = LITERALS.find((word) => text.startsWith(word, i));
      if (!literal) {
        return fail(
          char === ']' || char === '}'
            ? `expected a value before "${char}" (is there a comma too many?)`
            : `expected a value, found ${describeChar(char)}`,
        );
      }
      i += literal.length;
    }
  }
}
