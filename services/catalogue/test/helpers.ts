import type { Identity } from '@dvc/identity';
import { createTestDatabase, subgraphRequest, TEST_IDENTITY_SECRET } from '@dvc/test-fixtures';
import { afterAll, beforeAll } from 'vitest';
import { loadCatalogueConfig } from '../src/config';
import { startCatalogue } from '../src/service';

export const anonymous: Identity = { sub: null, role: 'ANONYMOUS', unitCode: null, name: null };
export const admin: Identity = { sub: 'admin-1', role: 'ADMIN', unitCode: null, name: 'Quản trị viên' };
export const officer: Identity = { sub: 'officer-1', role: 'OFFICER', unitCode: '30226', name: 'Cán bộ' };
export const citizen: Identity = { sub: 'citizen-1', role: 'CITIZEN', unitCode: null, name: 'Công dân' };
export const service: Identity = { sub: 'dossiers', role: 'SERVICE', unitCode: null, name: null };

/** A catalogue on its own freshly cloned database, for one test file; `ask` sends a signed request to it. */
export function catalogueUnderTest() {
  const state: { service?: Awaited<ReturnType<typeof startCatalogue>>; databaseUrl?: string } = {};
  beforeAll(async () => {
    state.databaseUrl = await createTestDatabase('catalogue');
    state.service = await startCatalogue(
      loadCatalogueConfig({
        DATABASE_URL: state.databaseUrl,
        IDENTITY_SECRET: TEST_IDENTITY_SECRET,
        PORT: '0',
        LOG_LEVEL: 'silent',
      }),
    );
  });
  afterAll(async () => state.service?.stop());
  return {
    ask: (query: string, variables?: Record<string, unknown>, identity: Identity = anonymous) =>
      subgraphRequest(running().url, query, { identity, secret: TEST_IDENTITY_SECRET, variables }),
    /** Base of the service's own HTTP routes. */
    baseUrl: () => running().url.replace(/\/graphql$/, ''),
    databaseUrl: () => state.databaseUrl as string,
  };
  function running() {
    if (!state.service) throw new Error('catalogue not started');
    return state.service;
  }
}
