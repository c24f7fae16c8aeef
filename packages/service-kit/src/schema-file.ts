import { readFileSync } from 'node:fs';
import { type DocumentNode, parse } from 'graphql';

export function loadSchemaFile(url: URL): DocumentNode {
  return parse(readFileSync(url, 'utf8'));
}
