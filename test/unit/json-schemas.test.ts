import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/schema/json-schemas.ts';

describe('editor JSON Schemas', () => {
  it.each(Object.entries(jsonSchemas()))('schemas/%s is up to date (run npm run schemas)', (name, schema) => {
    const written = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../schemas', name), 'utf8'),
    );
    expect(written).toEqual(JSON.parse(JSON.stringify(schema)));
  });
});
