import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as catalogue from '@dvc/catalogue';
import type { RegistryFile } from '@dvc/contracts';
import * as dossiers from '@dvc/dossiers';
import * as notifications from '@dvc/notifications';
import * as reporting from '@dvc/reporting';
import { createLogger } from '@dvc/service-kit';
import { createTestDatabase, testRedisUrl, uniquePrefix } from '@dvc/test-fixtures';
import { expect } from 'vitest';
import { DEVELOPMENT_JWT_SECRET, loadGatewayConfig, mintDevelopmentToken, startGateway } from '../src';

type Stoppable = { url: string; stop: () => Promise<void> };

/**
 * The whole federation in one test process: four subgraphs on fresh databases cloned from migrated templates,
 * Redis with a BullMQ prefix of its own, and the gateway in front, all on free ports.
 */
type InstanceOptions = {
  name: string;
  units: string[];
  agencyCodes: string[];
  /** Extra settings of this instance (its own attachments folder, units it serves beyond those routed to it). */
  env?: Record<string, string>;
};

export async function startFederation(
  options: {
    subgraphTimeoutMs?: number;
    seedDemo?: boolean;
    /** Extra dossiers instances, each serving some units (a commune running its own server). */
    dossiersInstances?: InstanceOptions[];
    /** Extra settings of every dossiers instance (the payment platform, for one). */
    dossiersEnv?: Record<string, string>;
    /** Extra settings of the reporting subgraph. */
    reportingEnv?: Record<string, string>;
    /** Extra settings of the notifications subgraph (it always consumes events and sends through fakes). */
    notificationsEnv?: Record<string, string>;
  } = {},
) {
  const identitySecret = randomBytes(32).toString('hex');
  const logger = createLogger('test', 'silent');
  const prefix = uniquePrefix();
  const redisUrl = testRedisUrl();
  const base = { NODE_ENV: 'development', LOG_LEVEL: 'silent', IDENTITY_SECRET: identitySecret, PORT: '0' };
  const urls = {
    catalogue: await createTestDatabase('catalogue'),
    dossiers: await createTestDatabase('dossiers'),
    reporting: await createTestDatabase('reporting'),
    notifications: await createTestDatabase('notifications'),
  };
  const catalogueService = await catalogue.startCatalogue(
    catalogue.loadCatalogueConfig({ ...base, DATABASE_URL: urls.catalogue }),
    logger,
  );
  const attachmentsDir = mkdtempSync(join(tmpdir(), 'federation-files-'));
  if (options.seedDemo !== false) {
    // Demo dossiers go through the real rules, so their appointments come from the catalogue's calendar.
    const database = dossiers.openDossiersDatabase(urls.dossiers, 1);
    const client = dossiers.createCatalogueClient({ url: catalogueService.url, identitySecret });
    await dossiers.loadDemoDossiers(database.db, 'dossiers', client, attachmentsDir).finally(database.close);
  }
  const started = {
    catalogue: catalogueService,
    dossiers: await dossiers.startDossiers(
      dossiers.loadDossiersConfig({
        ...base,
        DATABASE_URL: urls.dossiers,
        REDIS_URL: redisUrl,
        BULLMQ_PREFIX: prefix,
        CATALOGUE_URL: catalogueService.url,
        ATTACHMENTS_DIR: attachmentsDir,
        ...options.dossiersEnv,
      }),
      logger,
    ),
    reporting: await reporting.startReporting(
      reporting.loadReportingConfig({
        ...base,
        DATABASE_URL: urls.reporting,
        CATALOGUE_URL: catalogueService.url,
        REDIS_URL: redisUrl,
        BULLMQ_PREFIX: prefix,
        ...options.reportingEnv,
      }),
      logger,
    ),
  };
  const instances: Array<InstanceOptions & { url: string; databaseUrl: string; stop: () => Promise<void> }> =
    [];
  for (const instance of options.dossiersInstances ?? []) {
    const databaseUrl = await createTestDatabase('dossiers');
    const service = await dossiers.startDossiers(
      dossiers.loadDossiersConfig({
        ...base,
        DATABASE_URL: databaseUrl,
        REDIS_URL: redisUrl,
        BULLMQ_PREFIX: prefix,
        CATALOGUE_URL: catalogueService.url,
        INSTANCE_NAME: instance.name,
        SERVED_UNITS: instance.units.join(','),
        ...options.dossiersEnv,
        ...instance.env,
      }),
      logger,
    );
    instances.push({ ...instance, url: service.url, databaseUrl, stop: service.stop });
  }
  let registryPath: string | undefined;
  if (instances.length > 0) {
    registryPath = join(mkdtempSync(join(tmpdir(), 'dvc-registry-')), 'dossiers.json');
    const registry: RegistryFile = {
      default: started.dossiers.url,
      instances: instances.map(({ name, url, units, agencyCodes }) => ({ name, url, units, agencyCodes })),
    };
    writeFileSync(registryPath, JSON.stringify(registry, null, 2));
  }
  // Notifications reads the registry too: it asks the instance holding a dossier for its contact details.
  const notificationsService = await notifications.startNotifications(
    notifications.loadNotificationsConfig({
      ...base,
      DATABASE_URL: urls.notifications,
      REDIS_URL: redisUrl,
      BULLMQ_PREFIX: prefix,
      DOSSIERS_URL: started.dossiers.url,
      ...(registryPath ? { DOSSIERS_REGISTRY: registryPath } : {}),
      ...options.notificationsEnv,
    }),
    logger,
  );
  const services: Record<keyof typeof urls, Stoppable> = { ...started, notifications: notificationsService };
  const gatewayConfig = loadGatewayConfig({
    ...base,
    ...(registryPath ? { DOSSIERS_REGISTRY: registryPath } : {}),
    CATALOGUE_URL: services.catalogue.url,
    DOSSIERS_URL: services.dossiers.url,
    REPORTING_URL: services.reporting.url,
    NOTIFICATIONS_URL: services.notifications.url,
    SUBGRAPH_TIMEOUT_MS: String(options.subgraphTimeoutMs ?? 3_000),
  });
  const gateway = await startGateway(gatewayConfig, logger);

  const stopped = new Set<string>();
  return {
    gateway,
    services,
    databaseUrls: urls,
    identitySecret,
    /** Where the events and jobs of this federation are (to look into its queues). */
    queues: { redisUrl, prefix },
    token: (role: 'CITIZEN' | 'VOLUNTEER' | 'OFFICER' | 'LEADER' | 'ADMIN', unit?: string) =>
      mintDevelopmentToken({
        secret: DEVELOPMENT_JWT_SECRET,
        issuer: gatewayConfig.JWT_ISSUER,
        audience: gatewayConfig.JWT_AUDIENCE,
        role,
        sub: `test-${role.toLowerCase()}`,
        ...(unit ? { unit } : {}),
      }),
    instances,
    /** The dossiers registry file the gateway polls, when there are instances besides the default. */
    registryPath,
    /** Stops one subgraph or dossiers instance, as a crash would, to test what the gateway makes of it. */
    kill: async (name: string) => {
      stopped.add(name);
      const instance = instances.find((candidate) => candidate.name === name);
      await (instance ?? services[name as keyof typeof urls]).stop();
    },
    stop: async () => {
      await gateway.stop();
      for (const instance of instances) if (!stopped.has(instance.name)) await instance.stop();
      for (const [name, service] of Object.entries(services)) if (!stopped.has(name)) await service.stop();
    },
  };
}

export type Federation = Awaited<ReturnType<typeof startFederation>>;

// biome-ignore lint/suspicious/noExplicitAny: answers are walked field by field in the tests
type Answer = Record<string, any>;
type AnswerError = { message: string; path?: unknown[]; extensions?: Record<string, unknown> };

export async function graphql(
  url: string,
  query: string,
  options: { token?: string; variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  // `data` is typed as present: a test that meets null fails on its first field access, which is what it should do.
  const body = (await response.json()) as { data: Answer; errors?: AnswerError[] };
  return { status: response.status, ...body };
}

/**
 * Birth registration's one handed-in document: a citizen uploads its scan through the gateway's upload link and
 * maps it to the document when filing (`SubmitDossierInput.documents`).
 */
/** The document birth registration (1.001193) requires, as the catalogue names it. */
export const BIRTH_CERTIFICATE =
  'Giấy chứng sinh (hoặc văn bản của người làm chứng / giấy cam đoan về việc sinh nếu không có Giấy chứng sinh)';

export async function birthCertificateScan(url: string, token: string, unitCode?: string) {
  // The upload goes to the server that will hold the dossier (a commune may run its own).
  const link = await graphql(
    url,
    'mutation($unitCode: ID) { createUploadUrl(unitCode: $unitCode) { url } }',
    {
      token,
      variables: { unitCode: unitCode ?? null },
    },
  );
  const form = new FormData();
  form.append(
    'file',
    new Blob([Buffer.from('%PDF-1.4 giấy chứng sinh')], { type: 'application/pdf' }),
    'gcs.pdf',
  );
  const file = (await (
    await fetch(link.data.createUploadUrl.url, { method: 'POST', body: form })
  ).json()) as {
    id: string;
  };
  return [{ name: BIRTH_CERTIFICATE, attachmentIds: [file.id] }];
}

/**
 * A citizen files, through the gateway, for copies of a civil-status extract (2.000635: nothing to upload) at a
 * unit, notified by SMS, collecting at the desk; answers the dossier's code.
 */
export async function fileExtractCopies(
  url: string,
  token: string,
  unitCode: string,
  idempotencyKey: string,
) {
  const form = await graphql(
    url,
    'query { procedure(code: "2.000635") { forms { fields { key type required options { value } } } } }',
  );
  const answer = await graphql(
    url,
    `mutation($input: SubmitDossierInput!, $key: ID!) { submitDossier(input: $input, idempotencyKey: $key) { code } }`,
    {
      token,
      variables: {
        key: idempotencyKey,
        input: {
          procedureCode: '2.000635',
          unitCode,
          applicant: { kind: 'PERSON', name: 'Lê Thị Thu', idNumber: '087190000777' },
          formData: fillRequiredFields(
            form.data.procedure.forms.flatMap((f: { fields: never[] }) => f.fields),
          ),
          contact: { phone: '0912345678', notifySms: true },
          returnChannel: 'DESK',
        },
      },
    },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data.submitDossier.code as string;
}

/** Values a citizen would type into the birth registration form. */
export function fillRequiredFields(
  fields: Array<{ key: string; type: string; required: boolean; options: Array<{ value: string }> | null }>,
) {
  const sample: Record<string, string> = {
    DATE: '2026-11-20',
    SELECT: '',
    CHECKBOX: 'true',
    ID_NUMBER: '087190000123',
    PHONE: '0912345678',
    EMAIL: 'me@example.vn',
    NUMBER: '1',
  };
  return fields
    .filter((field) => field.required)
    .map((field) => ({
      key: field.key,
      value:
        field.type === 'SELECT'
          ? (field.options?.[0]?.value ?? '')
          : (sample[field.type] ?? (/time/i.test(field.key) ? '08:30' : 'Ấp Long Thành, xã Lai Vung')),
    }));
}
