/**
 * The corpus of hostile and broken claims files (test/fixtures/hostile/, one file per case,
 * named for what it tests): each loads without throwing, keeps what it should, reports what it
 * should, and the validator CLI says exactly what the browser's loader says.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, loadClaims, type LoadResult } from '../../src/model/load-claims.ts';
import { JsonSyntaxError, parseJson } from '../../src/model/parse-json.ts';
import { ROOT, builtInPlaces } from '../helpers/data.ts';

const DIR = join(ROOT, 'test/fixtures/hostile');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

/** What the browser does with a file's text: parse (BOM accepted), then load. */
function browserLoad(file: string): { syntax: string } | LoadResult {
  try {
    return loadClaims(parseJson(readFileSync(join(DIR, file), 'utf8')), join(DIR, file), builtInPlaces());
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { syntax: e.message };
    throw e;
  }
}

/** Per file: claims kept, and a pattern each reported problem list must contain (in order of the file). */
const EXPECTED: Record<string, { claims: number; problems: (string | RegExp)[] } | { syntax: RegExp }> = {
  'bom-before-json.json': { claims: 10, problems: [] },
  'syntax-trailing-comma.json': { syntax: /^is not valid JSON: line \d+, column \d+: expected a property name in double quotes/ },
  'syntax-misspelt-true.json': { syntax: /^is not valid JSON: line \d+, column \d+: expected a value/ },
  'syntax-truncated.json': { syntax: /^is not valid JSON: line \d+, column \d+: .*the file ends/ },
  'syntax-single-quotes.json': { syntax: /^is not valid JSON: line 1, column 2: / },
  'empty-file.json': { syntax: /^is not valid JSON: line 1, column 1: expected a value, but the file ends/ },
  'not-an-object.json': { claims: 0, problems: [/is not a JSON object/] },
  'title-wrong-type.json': { claims: 10, problems: ['$.title: title: must be a non-empty string (it is a number); the file is loaded without a title'] },
  'claims-not-a-list.json': { claims: 0, problems: ['$.claims: claims: must be an array'] },
  'typo-side-colour-darkred.json': { claims: 10, problems: [/sides\[0\]\.colour .*the record is kept without it/] },
  'typo-contradicts-capital-letter.json': { claims: 10, problems: [/contradicts\[0\] .*differs only in case from "russia-captured-kupiansk"/] },
  'typo-unknown-member.json': { claims: 10, problems: [/claims\[2\]\.confidence .*is not a field of a claim; it is left out and the record kept/] },
  'typo-all-three.json': { claims: 10, problems: [/colour/, /differs only in case/, /confidence/] },
  'geojson-bbox-on-place.json': { claims: 10, problems: [] },
  'bidi-override-in-labels.json': { claims: 10, problems: [] },
  'long-place-name-20k.json': { claims: 10, problems: [] },
  'place-id-constructor.json': { claims: 10, problems: [] },
  'proto-members.json': { claims: 10, problems: [/\$\.__proto__: __proto__: is not a field of a claims file/, /claims\[0\]\.__proto__ .*is not a field of a claim; it is left out/] },
  'script-in-text-and-urls.json': { claims: 10, problems: [/sources\[0\]\.url .*must be an http: or https: URL; the record is kept without it/] },
  'assessment-urls-hostile.json': {
    claims: 10,
    problems: [/assessments\[0\]\.url \(far\).*protocol-relative/, /assessments\[1\]\.url \(file\).*not file:/, /assessments\[2\]\.url \(js\).*not javascript:/, /assessments\[3\]\.url \(data\).*not data:/],
  },
  'coordinates-out-of-range.json': { claims: 10, problems: [/places\[5\]\.geometry\.coordinates\[0\] .*Expected <=180/, /places\[5\]\.geometry\.coordinates\[1\] .*Expected <=90/] },
  'two-claims-unusable.json': { claims: 8, problems: [/claims\[3\]\.text/, /claims\[4\]\.kind/] },
  'deep-nesting.json': { claims: 10, problems: [/\$\.junk: junk: is not a field of a claims file/] },
};

let cli: { stdout: string; stderr: string; status: number | null };
beforeAll(() => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/model/cli/validate.ts'), ...FILES.map((f) => join(DIR, f))], { encoding: 'utf8', cwd: ROOT });
  cli = { stdout: r.stdout, stderr: r.stderr, status: r.status };
}, 60_000);

describe('the hostile corpus', () => {
  it('has an expectation for every file, and a file for every expectation', () => {
    expect(FILES).toEqual(Object.keys(EXPECTED).sort());
  });

  it('makes the validator exit non-zero, as some files have problems', () => {
    expect(cli.status).toBe(1);
  });

  it.each(FILES)('%s: the loader keeps and reports what it should, and the validator agrees', (file) => {
    const path = join(DIR, file);
    const expected = EXPECTED[file];
    const result = browserLoad(file);
    const cliErrors = cli.stderr.split('\n').filter((l) => l.startsWith(`${path}: `));
    if ('syntax' in expected) {
      expect(result).toHaveProperty('syntax');
      const message = (result as { syntax: string }).syntax;
      expect(message).toMatch(expected.syntax);
      expect(cliErrors).toEqual([`${path}: $: (file): ${message}`]);
      return;
    }
    const loaded = result as LoadResult;
    expect(loaded.data.claims).toHaveLength(expected.claims);
    const lines = loaded.problems.map(formatProblem);
    expect(lines).toHaveLength(expected.problems.length);
    expected.problems.forEach((p, i) => (typeof p === 'string' ? expect(lines[i]).toBe(`${path}: ${p}`) : expect(lines[i]).toMatch(p)));
    // The CLI prints the same problems, and the same counts.
    expect(cliErrors).toEqual(lines);
    expect(cli.stdout).toContain(`${path}: ${loaded.data.claims.length} claims, ${loaded.data.places.length} places loaded; ${loaded.problems.length} problem(s)`);
  });

  it('writes nothing to Object.prototype', () => {
    for (const file of FILES) browserLoad(file);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
