import { toJsonSchema } from '@valibot/to-json-schema';
import { ClaimsFileSchema } from './schema.ts';

/**
 * The published JSON Schema of a claims file. Checks that JSON Schema cannot express
 * (calendar dates, references between records) are made by `loadClaims` and `npm run validate`.
 */
export function claimsJsonSchema(): Record<string, unknown> {
  return {
    ...toJsonSchema(ClaimsFileSchema, { errorMode: 'ignore', target: 'draft-07' }),
    $id: 'claims.schema.json',
    title: 'Conflict Claims Map: claims file',
    description:
      'Sides, actors, sources, places and the attributed claims linked to them. Cross-record rules (ids unique, references resolve, dates real) are checked by `npm run validate`.',
  };
}
