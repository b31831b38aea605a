/**
 * The npm package's entry (`package/conflict-map.js`, built by `npm run build:package`). The
 * same element as `conflict-map.js`, but every file it needs is named with
 * `new URL('…', import.meta.url)`: a bundler that takes the package in (Vite, say) copies the
 * worker, the fonts and the built-in data into the site's build, so nothing is copied by hand.
 */
import { ConflictMap } from './components/conflict-map/conflict-map.ts';
import type { DataFiles } from './model/data-files.ts';

export * from './index.ts';

const builtIn = (file: string, url: URL): [string, string] => [new URL(file, ConflictMap.defaultDataBase).href, url.href];

ConflictMap.defaultDataFiles = Object.fromEntries([
  builtIn('places.geojson', new URL('../public/data/places.geojson', import.meta.url)),
  builtIn('claims.json', new URL('../public/data/claims.json', import.meta.url)),
  builtIn('basemap/countries.geojson', new URL('../public/data/basemap/countries.geojson', import.meta.url)),
  builtIn('basemap/country-labels.geojson', new URL('../public/data/basemap/country-labels.geojson', import.meta.url)),
  builtIn('basemap/oblasts.geojson', new URL('../public/data/basemap/oblasts.geojson', import.meta.url)),
  builtIn('basemap/rivers.geojson', new URL('../public/data/basemap/rivers.geojson', import.meta.url)),
  builtIn('basemap/lakes.geojson', new URL('../public/data/basemap/lakes.geojson', import.meta.url)),
  builtIn('basemap/settlements.geojson', new URL('../public/data/basemap/settlements.geojson', import.meta.url)),
]) satisfies DataFiles;
