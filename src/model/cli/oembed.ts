/**
 * `npm run oembed -- https://maps.example.org/ukraine/ [claims-file-url] [out.json]`: writes the
 * oEmbed JSON for a deployed map (default dist/oembed.json), its iframe pointing at that folder.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { oembed } from '../oembed.ts';

const [root, src = '', out = join(import.meta.dirname, '..', '..', '..', 'dist', 'oembed.json')] = process.argv.slice(2);
if (!root || !/^https?:\/\//.test(root)) {
  console.error('usage: npm run oembed -- <public URL of the deployed folder> [claims file URL] [out.json]');
  process.exit(2);
}
const folder = root.endsWith('/') ? root : `${root}/`;
let title = '';
try {
  const claims = src ? await (await fetch(src)).json() : JSON.parse(await readFile(join(import.meta.dirname, '..', '..', '..', 'public', 'data', 'claims.json'), 'utf8'));
  title = typeof claims.title === 'string' ? claims.title : '';
} catch (e) {
  console.error(`could not read the claims file's title: ${(e as Error).message}`);
}
await writeFile(out, `${JSON.stringify(oembed(folder, title, src), null, 2)}\n`);
console.log(`wrote ${out}`);
