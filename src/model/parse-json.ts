/**
 * JSON text → value, the same way in the browser, a Web Worker and the validator CLI: a leading
 * byte-order mark is accepted, and a syntax error says its line and column.
 */

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    /** 1-based line and column of the fault, when known. */
    readonly line: number | null,
    readonly column: number | null,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

/** Parses JSON text; throws JsonSyntaxError with "line L, column C: …". */
export function parseJson(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (e) {
    const where = jsonErrorOffset(body);
    const reason = ((e as Error).message || 'syntax error').replace(/ in JSON at position \d+.*$/s, '').replace(/, ".*" is not valid JSON$/s, '');
    if (where === null) throw new JsonSyntaxError(`is not valid JSON: ${reason}`, null, null);
    const { line, column } = lineColumn(body, where.offset);
    throw new JsonSyntaxError(`is not valid JSON: line ${line}, column ${column}: ${where.expected}`, line, column);
  }
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/**
 * Finds where strict JSON first goes wrong (V8's messages do not always say). An iterative
 * scanner, so deeply nested input cannot overflow the stack. Null when the text is valid.
 */
export function jsonErrorOffset(s: string): { offset: number; expected: string } | null {
  let i = 0;
  const n = s.length;
  const ws = () => {
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const fail = (expected: string) => ({ offset: i, expected: i >= n ? `${expected}, but the file ends` : `${expected}, found ${JSON.stringify(s[i])}` });
  // What the scanner waits for next, innermost last.
  const stack: ('array-first' | 'array-next' | 'object-first' | 'object-next')[] = [];
  const string = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        const e = s[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  for (;;) {
    // A value.
    ws();
    const c = s[i];
    if (c === '{' || c === '[') {
      i++;
      ws();
      if (c === '{') {
        if (s[i] === '}') i++;
        else {
          stack.push('object-first');
          if (s[i] !== '"') return fail('expected a property name in double quotes or "}"');
          if (!string()) return fail('a string is not closed or has a bad character');
          ws();
          if (s[i] !== ':') return fail('expected ":" after a property name');
          i++;
          continue;
        }
      } else if (s[i] === ']') i++;
      else {
        stack.push('array-first');
        continue;
      }
    } else if (c === '"') {
      if (!string()) return fail('a string is not closed or has a bad character');
    } else if (c === 't' || c === 'f' || c === 'n') {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
      if (s.slice(i, i + word.length) !== word) return fail('expected a value');
      i += word.length;
    } else {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(s);
      if (!m || m[0] === '' || m[0] === '-') return fail('expected a value');
      i += m[0].length;
      if (m[0].startsWith('0') && /\d/.test(s[i] ?? '')) return fail('numbers must not have leading zeros');
    }
    // After a value: close containers or move to the next member.
    for (;;) {
      ws();
      const top = stack.at(-1);
      if (!top) {
        if (i < n) return fail('expected the end of the file');
        return null;
      }
      if (top === 'array-first' || top === 'array-next') {
        if (s[i] === ',') {
          i++;
          stack[stack.length - 1] = 'array-next';
          break;
        }
        if (s[i] === ']') {
          i++;
          stack.pop();
          continue;
        }
        return fail('expected "," or "]" after an array element');
      }
      if (s[i] === ',') {
        i++;
        ws();
        if (s[i] !== '"') return fail('expected a property name in double quotes');
        if (!string()) return fail('a string is not closed or has a bad character');
        ws();
        if (s[i] !== ':') return fail('expected ":" after a property name');
        i++;
        stack[stack.length - 1] = 'object-next';
        break;
      }
      if (s[i] === '}') {
        i++;
        stack.pop();
        continue;
      }
      return fail('expected "," or "}" after a property value');
    }
  }
}
