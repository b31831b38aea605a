/**
 * custom-elements.json is generated from the sources (npm run cem) and must stay in step with
 * them and with the README: what editors' tools show is what the element does.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/data.ts';

interface Decl {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string; type?: { text: string } }[];
  events?: { name: string; type?: { text: string }; description?: string }[];
  cssProperties?: { name: string }[];
  cssParts?: { name: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: Decl[]; exports?: { kind: string; name: string }[] }[];
}

const committed = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8')) as Manifest;
const element = committed.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'conflict-map')!;
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('custom-elements.json', () => {
  it('is what npm run cem writes from the sources now', { timeout: 60_000 }, () => {
    // The analyzer writes under the working folder: a relative, ignored one.
    const out = join('test-results', `cem-${process.pid}`);
    execFileSync(join(ROOT, 'node_modules/.bin/cem'), ['analyze'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, CEM_OUTDIR: out } });
    const fresh = JSON.parse(readFileSync(join(ROOT, out, 'custom-elements.json'), 'utf8'));
    expect(fresh).toEqual(committed);
  });

  it('types every attribute of <conflict-map>, and names every event’s class', () => {
    expect(element).toBeTruthy();
    for (const a of element.attributes ?? []) expect(a.type?.text, a.name).toBeTruthy();
    for (const e of element.events ?? []) {
      expect(e.type?.text, e.name).toMatch(/^Cm\w+Event$/);
      expect(e.description, e.name).toBeTruthy();
    }
    expect((element.events ?? []).map((e) => e.name).sort()).toEqual(['cm-claim-select', 'cm-data-error', 'cm-data-load', 'cm-layers-change', 'cm-map-ready', 'cm-place-select']);
  });

  it('lists every attribute, CSS custom property and part the README documents', () => {
    const attributes = new Set((element.attributes ?? []).map((a) => a.name));
    const table = readme.slice(readme.indexOf('| attribute | meaning |'), readme.indexOf('Each attribute is reflected'));
    for (const [, names] of table.matchAll(/^\| (`[^|]+`) \|/gm)) {
      for (const [, name] of names.matchAll(/`([a-z-]+)`/g)) expect(attributes, name).toContain(name);
    }
    const props = new Set((element.cssProperties ?? []).map((p) => p.name));
    const theming = readme.slice(readme.indexOf('Theming:'), readme.indexOf('### As an iframe'));
    const documented = [...theming.matchAll(/`(--cm-[a-z-]+)`/g)].map((m) => m[1]);
    expect(documented.length).toBeGreaterThan(5);
    for (const name of documented) expect(props, name).toContain(name);
    const parts = new Set((element.cssParts ?? []).map((p) => p.name));
    for (const [, part] of theming.matchAll(/the parts ([^(]+)\(/g)) for (const [, name] of part.matchAll(/`(\w+)`/g)) expect(parts, name).toContain(name);
    expect(parts.size).toBeGreaterThanOrEqual(3);
  });

  it('presents only <conflict-map> as a custom element; the elements inside it are internal', () => {
    const definitions = committed.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
    expect(definitions.map((d) => d.name)).toEqual(['conflict-map']);
    const others = committed.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.name.startsWith('Cm') && d.name.endsWith('Element') === false && d.tagName);
    expect(others).toEqual([]);
  });
});
