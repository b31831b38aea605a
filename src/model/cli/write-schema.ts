/** `npm run schema`: writes public/data/claims.schema.json from the one definition in schema.ts. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimsJsonSchema } from '../json-schema.ts';

const out = join(import.meta.dirname, '..', '..', '..', 'public', 'data', 'claims.schema.json');
writeFileSync(out, `${JSON.stringify(claimsJsonSchema(), null, 2)}\n`);
console.log('wrote public/data/claims.schema.json');
