/**
 * After `tsc -p tsconfig.types.json`: the sources import each other as `./x.ts` (Vite and tsx
 * run them as they are); the shipped declarations must say `./x.js`, which resolves to `./x.d.ts`.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
for (const file of walk(process.argv[2] ?? 'dist/types')) {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/((?:from|import) '\.{1,2}\/[^']*)\.ts'/g, "$1.js'"));
}
