import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { claimsJsonSchema } from '../../src/model/json-schema.ts';
import { readJSON } from '../helpers/data.ts';

function validator() {
  return new Ajv({ allErrors: true, strict: false }).compile(readJSON('public/data/claims.schema.json'));
}

describe('the published claims schema', () => {
  it('is the one generated from the model (run `npm run schema` after changing schema.ts)', () => {
    expect(readJSON('public/data/claims.schema.json')).toEqual(JSON.parse(JSON.stringify(claimsJsonSchema())));
  });

  it('accepts the article’s claims file', () => {
    const validate = validator();
    expect(validate(readJSON('public/data/claims.json')), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts a second claims file about other places', () => {
    const validate = validator();
    expect(validate(readJSON('test/fixtures/claims/other-places.json')), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a quote type it does not know', () => {
    const json = readJSON<{ claims: { textType: string }[] }>('public/data/claims.json');
    json.claims[0].textType = 'rumour';
    expect(validator()(json)).toBe(false);
  });
});
