import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

/** The subgraphs of the federation, with the URL each one listens on by default. */
export const SUBGRAPHS = [
  { name: 'catalogue', port: 4001 },
  { name: 'dossiers', port: 4002 },
  { name: 'reporting', port: 4003 },
  { name: 'notifications', port: 4004 },
] as const;

export const supergraphPath = new URL('../supergraph.graphql', import.meta.url).pathname;

/** Composes the subgraphs' committed schema files; throws with every composition error listed. */
export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPHS.map(({ name, port }) => ({
      name,
      url: `http://localhost:${port}/graphql`,
      typeDefs: parse(
        readFileSync(new URL(`../../services/${name}/src/schema.graphql`, import.meta.url), 'utf8'),
      ),
    })),
  );
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
