import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as catalogue from '@dvc/catalogue';
import type { Identity } from '@dvc/identity';
import { createLogger } from '@dvc/service-kit';
import { createTestDatabase, subgraphRequest, TEST_IDENTITY_SECRET } from '@dvc/test-fixtures';
import { createCatalogueClient } from '../src/catalogue';
import { loadDossiersConfig } from '../src/config';
import { openDossiersDatabase } from '../src/db';
import { dossiers } from '../src/db/schema';
import type { RuleDeps } from '../src/rules/deps';
import { nextDossierCode } from '../src/rules/dossier-code';
import { recordTransition } from '../src/rules/lifecycle';
import { TRANSITIONS } from '../src/rules/transitions';
import { startDossiers } from '../src/service';

/** The one document of birth registration (1.001193) that is handed in rather than shown or filled in online. */
export const BIRTH_CERTIFICATE =
  'Giấy chứng sinh (hoặc văn bản của người làm chứng / giấy cam đoan về việc sinh nếu không có Giấy chứng sinh)';

export const who = {
  citizen: (sub = 'citizen-1'): Identity => ({ sub, role: 'CITIZEN', unitCode: null, name: 'Nguyễn Văn A' }),
  volunteer: (unitCode = '30226', sub = 'volunteer-1'): Identity => ({
    sub,
    role: 'VOLUNTEER',
    unitCode,
    name: null,
  }),
  officer: (unitCode = '30226', sub = `officer-${unitCode}`): Identity => ({
    sub,
    role: 'OFFICER',
    unitCode,
    name: null,
  }),
  leader: (unitCode = '30226'): Identity => ({
    sub: `leader-${unitCode}`,
    role: 'LEADER',
    unitCode,
    name: null,
  }),
  admin: (): Identity => ({ sub: 'admin', role: 'ADMIN', unitCode: null, name: null }),
  service: (): Identity => ({ sub: 'notifications', role: 'SERVICE', unitCode: null, name: null }),
  anonymous: (): Identity => ({ sub: null, role: 'ANONYMOUS', unitCode: null, name: null }),
};

/** The dossiers subgraph on a fresh database, in front of the real catalogue subgraph with its reference data. */
export async function startStack(env: Record<string, string> = {}) {
  const logger = createLogger('test', 'silent');
  const base = {
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    IDENTITY_SECRET: TEST_IDENTITY_SECRET,
    PORT: '0',
  };
  const catalogueService = await catalogue.startCatalogue(
    catalogue.loadCatalogueConfig({ ...base, DATABASE_URL: await createTestDatabase('catalogue') }),
    logger,
  );
  const url = await createTestDatabase('dossiers');
  const config = loadDossiersConfig({
    ...base,
    DATABASE_URL: url,
    CATALOGUE_URL: catalogueService.url,
    ATTACHMENTS_DIR: await mkdtemp(join(tmpdir(), 'dossiers-files-')),
    MAX_UPLOAD_BYTES: String(64 * 1024),
    ...env,
  });
  const service = await startDossiers(config, logger);
  const database = openDossiersDatabase(url, 5);
  const catalogueClient = createCatalogueClient({
    url: catalogueService.url,
    identitySecret: TEST_IDENTITY_SECRET,
  });
  const deps: RuleDeps = {
    db: database.db,
    catalogue: catalogueClient,
    source: 'test',
    supplementPolicy: config.SUPPLEMENT_POLICY,
    now: () => new Date(),
  };
  const ask = (identity: Identity, query: string, variables?: Record<string, unknown>) =>
    subgraphRequest(service.url, query, { identity, secret: TEST_IDENTITY_SECRET, variables });
  return {
    url: service.url,
    /** The catalogue subgraph behind this stack, for tests that change reference data as an administrator. */
    catalogueUrl: catalogueService.url,
    databaseUrl: url,
    base: service.url.replace(/\/graphql$/, ''),
    db: database.db,
    deps,
    ask,
    /** Uploads a small PDF as `identity`, the way a client does before filing, and gives its id. */
    upload: async (identity: Identity, name = 'giay-chung-sinh.pdf'): Promise<string> => {
      const link = await ask(identity, 'mutation { createUploadUrl { url } }');
      const form = new FormData();
      form.append('file', new Blob([Buffer.from(`%PDF-1.4 ${name}`)], { type: 'application/pdf' }), name);
      const response = await fetch(link.data?.createUploadUrl.url, { method: 'POST', body: form });
      if (response.status !== 201) throw new Error(`upload refused: ${response.status}`);
      return ((await response.json()) as { id: string }).id;
    },
    stop: async () => {
      await service.stop();
      await catalogueService.stop();
      await database.close();
    },
  };
}

/**
 * A dossier written straight into the table with its SUBMIT step, as a filing would leave it, for tests of what
 * comes after filing. Without a duration no calendar is consulted on receipt.
 */
export async function fileDirect(
  deps: RuleDeps,
  overrides: Partial<typeof dossiers.$inferInsert> & { agencyCode?: string; at?: Date } = {},
): Promise<string> {
  const { agencyCode = '000.00.91.H20', at = new Date(), ...row } = overrides;
  return deps.db.transaction(async (tx) => {
    const code = await nextDossierCode(tx, agencyCode, at);
    const [inserted] = await tx
      .insert(dossiers)
      .values({
        code,
        unitCode: '30226',
        unitPath: ['30226', '82'],
        receivingUnitCode: '30226',
        procedureCode: '1.001193',
        procedureVersion: 1,
        procedure: {
          name: 'Đăng ký khai sinh',
          method: 'ONLINE',
          duration: null,
          feeVnd: 0,
          feeDescription: null,
        },
        status: 1,
        channel: 'ONLINE',
        applicantName: 'Nguyễn Văn A',
        applicantIdNumber: '087190000001',
        ownerSub: 'citizen-1',
        filedByRole: 'CITIZEN',
        trackingPin: '123456',
        submittedAt: at,
        ...row,
      })
      .returning();
    if (!inserted) throw new Error('no row');
    const citizen = { sub: 'citizen-1', role: 'CITIZEN', unitCode: null };
    // A test that starts the dossier further on (`status` given) keeps that status.
    const change = { ...TRANSITIONS.SUBMIT(inserted, at, { attachmentIds: [] }), toStatus: inserted.status };
    await recordTransition(tx, deps.source, inserted, 'SUBMIT', citizen, at, change);
    return code;
  });
}
