import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, jsonErrorOffset, parseJson } from '../../src/model/parse-json.ts';

function error(text: string): JsonSyntaxError {
  try {
    parseJson(text);
  } catch (e) {
    expect(e).toBeInstanceOf(JsonSyntaxError);
    return e as JsonSyntaxError;
  }
  throw new Error('parsed');
}

describe('parseJson', () => {
  it('parses JSON, with or without a byte-order mark', () => {
    expect(parseJson('\uFEFF{"a":[1,2]}')).toEqual({ a: [1, 2] });
    expect(parseJson(' [true, null, "x\\u00e9"] ')).toEqual([true, null, 'xé']);
  });

  it.each([
    ['{"a":1,}', 1, 8],
    ['{\n  "a": tru\n}', 2, 8],
    ['{\n"a": 1\n"b": 2}', 3, 1],
    ["{'a': 1}", 1, 2],
    ['[1, 2', 1, 6],
    ['', 1, 1],
    ['{"a": 01}', 1, 8],
    ['{"a": "x\ny"}', 1, 9],
    ['{} x', 1, 4],
  ])('locates the fault in %j at line %i, column %i', (text, line, column) => {
    const e = error(text);
    expect([e.line, e.column]).toEqual([line, column]);
    expect(e.message).toMatch(new RegExp(`^is not valid JSON: line ${line}, column ${column}: `));
  });

  it('scans deep nesting without overflowing the stack', () => {
    expect(jsonErrorOffset(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)).toBeNull();
    expect(jsonErrorOffset(`${'['.repeat(200_000)}x`)?.offset).toBe(200_000);
  });

  it('agrees with JSON.parse on valid text', () => {
    for (const text of ['0', '-1.5e+3', '"\\n"', '{"a":{"b":[{}]}}', '[ ]', '{ }']) {
      expect(jsonErrorOffset(text)).toBeNull();
      expect(parseJson(text)).toEqual(JSON.parse(text));
    }
  });
});
