import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { placesTable, type PlaceRecipe } from '../../geo/lib/readme-places.ts';
import { ROOT, readJSON } from '../helpers/data.ts';

describe('the README lists every built-in place', () => {
  const { places } = readJSON<{ places: PlaceRecipe[] }>('geo/places/places.json');
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('is in step with geo/places/places.json (run `npm run readme-places` after changing it)', () => {
    expect(readme).toContain(placesTable(places));
  });

  it('names each place by id, in three languages, with its kind', () => {
    const kupiansk = places.find((p) => p.id === 'kupiansk')!;
    expect(readme).toContain(`| \`kupiansk\` | Kupiansk | ${kupiansk.names.uk} | ${kupiansk.names.ru} | city |`);
    for (const p of places) expect(readme).toContain(`| \`${p.id}\` |`);
  });
});
