import { type Identity, signIdentity } from '@dvc/identity';

export type GraphQLAnswer = {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: answers are walked field by field in the tests
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
};

/** Sends a query straight to a subgraph as the gateway would: with the caller's identity signed. */
export async function subgraphRequest(
  url: string,
  query: string,
  options: { identity: Identity; secret: string; variables?: Record<string, unknown> },
): Promise<GraphQLAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signIdentity(options.identity, options.secret) },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLAnswer, 'status'>) };
}

export const TEST_IDENTITY_SECRET = 'test-identity-secret-of-at-least-32-characters';
