import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { currentAccessToken } from './auth';

/**
 * Queries of the public catalogue go as GET, so that the service worker can keep them for reading offline; every
 * other operation (personal data, mutations) is a POST, which it never stores.
 */
export const OFFLINE_READABLE = new Set(['Catalogue', 'ProcedurePage', 'CatalogueFilters']);

export function createApolloClient() {
  const auth = new SetContextLink((previous) => {
    const token = currentAccessToken();
    return token ? { headers: { ...previous.headers, authorization: `Bearer ${token}` } } : {};
  });
  const http = new HttpLink({ uri: '/graphql' });
  const get = new HttpLink({
    uri: '/graphql',
    useGETForQueries: true,
    // Apollo Server refuses a GET without a header a form cannot send (CSRF protection).
    headers: { 'apollo-require-preflight': 'true' },
  });
  return new ApolloClient({
    link: ApolloLink.from([
      auth,
      ApolloLink.split((operation) => OFFLINE_READABLE.has(operation.operationName ?? ''), get, http),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        Procedure: { keyFields: ['code', 'version'] },
        AdministrativeUnit: { keyFields: ['code'] },
        Dossier: { keyFields: ['code'] },
      },
    }),
    // Partial answers are shown: a commune whose service is down costs its own fields, not the page.
    defaultOptions: { watchQuery: { errorPolicy: 'all' }, query: { errorPolicy: 'all' } },
  });
}

declare module '@apollo/client' {
  namespace ApolloClient {
    namespace DeclareDefaultOptions {
      interface WatchQuery {
        errorPolicy: 'all';
      }
      interface Query {
        errorPolicy: 'all';
      }
    }
  }
}
