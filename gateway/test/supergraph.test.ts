import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, supergraphPath } from '../src';

describe('the committed supergraph', () => {
  it('composes from the subgraph schemas and matches the committed file (run `npm run compose` if not)', () => {
    expect(readFileSync(supergraphPath, 'utf8')).toBe(composeSupergraph());
  });
});
