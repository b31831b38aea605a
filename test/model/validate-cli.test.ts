import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, articleClaims } from '../helpers/data.ts';

const validate = (...files: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/model/cli/validate.ts'), ...files], { encoding: 'utf8', cwd: ROOT });

describe('npm run validate', () => {
  it('passes the article’s claims file', () => {
    const r = validate(join(ROOT, 'public/data/claims.json'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('10 claims, 5 places loaded; 0 problem(s)');
    expect(r.status).toBe(0);
  });

  it('prints every problem with its path and exits non-zero', () => {
    const json = articleClaims();
    json.claims[0].statedOn = '2024-13-01';
    (json.sources as { url: string | null }[])[0].url = 'ftp://example.org/x';
    const file = join(mkdtempSync(join(tmpdir(), 'claims-')), 'bad.json');
    writeFileSync(file, JSON.stringify(json));
    const r = validate(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}: $.claims[0].statedOn (russia-captured-kupiansk): statedOn: is not a real calendar date`);
    expect(r.stderr).toContain(`${file}: $.sources[0].url (article-al-mansoori): url: must be an http: or https: URL`);
  });
});
