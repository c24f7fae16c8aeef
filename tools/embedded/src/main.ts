import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runMain } from '@dvc/service-kit';
import { redisServerOnPath, startRedis } from '@dvc/test-fixtures';
import { type ChildService, startChildService } from './child-service';
import { writeCommuneRegistry } from './commune';
import { loadEmbeddedConfig } from './config';
import { prepareDatabase, SERVICES, type ServiceName } from './databases';
import { demoHistoryFile } from './demo-history';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';
import { watchHistoryImport } from './history-progress';
import { startLocalIdentityProvider } from './identity-provider';
import { reservePorts } from './ports';
import { installationSecrets } from './secrets';

const root = new URL('../../../', import.meta.url).pathname;
const say = (line: string) => console.log(line);

// In `ps`, next to dvc-catalogue, dvc-dossiers, …: this process also holds the embedded databases.
process.title = 'dvc-start';

runMain(async () => {
  const config = loadEmbeddedConfig();
  // A commune running its own dossiers instance is one more database and dossiers process, named after it.
  const commune = config.COMMUNE_INSTANCE ? `dossiers-${config.COMMUNE_INSTANCE}` : null;
  const folders = commune ? [...SERVICES, commune] : [...SERVICES];
  const schemaOf = (folder: string): ServiceName =>
    folder === commune ? 'dossiers' : (folder as ServiceName);
  const portOf = (folder: string) => config.PORT + folders.indexOf(folder) + 1;
  // The browser is sent to the identity provider to sign in: a fixed port after the services' is one to remember.
  const identityProviderPort = config.PORT + folders.length + 1;
  // Before anything starts: a taken port is one clear line, not a crash half way through.
  const ports = await reservePorts([
    { port: config.PORT, process: 'gateway' },
    ...folders.map((folder) => ({ port: portOf(folder), process: folder })),
    { port: identityProviderPort, process: 'identity-provider' },
  ]);

  const logs = join(config.DATA_DIR, 'logs');
  mkdirSync(logs, { recursive: true });
  const { identitySecret } = installationSecrets(config.DATA_DIR);
  const stops: Array<() => Promise<void>> = [ports.release];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('\nStopping…');
    for (const stop of stops.reverse()) await stop().catch(() => {});
    say(`Stopped. Data kept in ${config.DATA_DIR}`);
    process.exit(code);
  };
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));

  say(`Data folder: ${config.DATA_DIR}`);
  let redisUrl = config.REDIS_URL;
  let noRedis: string | null = null;
  if (!redisUrl && config.EMBEDDED_REDIS === 'auto' && redisServerOnPath()) {
    const redis = await startRedis({ dataDir: join(config.DATA_DIR, 'redis') });
    stops.push(redis.stop);
    redisUrl = redis.url;
    say(`✓ redis-server started (${redisUrl})`);
  } else if (redisUrl) {
    say(`✓ using Redis at ${redisUrl}`);
  } else {
    noRedis =
      config.EMBEDDED_REDIS === 'none'
        ? 'EMBEDDED_REDIS=none'
        : 'no redis-server on the PATH, REDIS_URL unset';
  }

  // PGlite's start-up is CPU-bound WebAssembly: start the databases side by side.
  const databases = new Map<string, EmbeddedPostgres>();
  await Promise.all(
    folders.map(async (folder) => {
      const database = await startEmbeddedPostgres(join(config.DATA_DIR, folder, 'pgdata'));
      stops.push(database.stop);
      databases.set(folder, database);
    }),
  );
  for (const folder of folders) {
    const loaded = await prepareDatabase(schemaOf(folder), (databases.get(folder) as EmbeddedPostgres).url);
    if (loaded) say(`  ${folder}: loaded ${loaded}`);
  }

  const children: ChildService[] = [];
  // Every process knows where the others listen: services call each other (dossiers asks the catalogue for
  // appointments, notifications asks dossiers for contact details) and the gateway calls them all.
  const subgraphUrls = Object.fromEntries(
    SERVICES.map((service) => [
      `${service.toUpperCase()}_URL`,
      `http://localhost:${portOf(service)}/graphql`,
    ]),
  );
  const registry =
    commune && config.COMMUNE_INSTANCE
      ? writeCommuneRegistry({
          dataDir: config.DATA_DIR,
          commune: config.COMMUNE_INSTANCE,
          districtUrl: subgraphUrls.DOSSIERS_URL as string,
          communeUrl: `http://localhost:${portOf(commune)}/graphql`,
        })
      : null;
  const common = {
    // `npm start` is the development installation (development secret, fake providers, the explorer): every
    // process is told so by name, since each assumes production otherwise.
    NODE_ENV: 'development',
    LOG_LEVEL: config.LOG_LEVEL,
    IDENTITY_SECRET: identitySecret,
    ...subgraphUrls,
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    ...(registry ? { DOSSIERS_REGISTRY: registry.path } : {}),
  };
  const dossiersEnv = (folder: string) => ({
    DEMO_DOSSIERS: 'true',
    DEMO_HISTORY_FILE: demoHistoryFile(config.DATA_DIR),
    FAKE_PAYMENT_PROVIDER: 'true',
    // The web app's verification page, where the QR codes of receipts and results point.
    VERIFY_URL: `http://localhost:${config.PORT}/xac-thuc?ma=`,
    // After paying, the payment platform may send the payer back to the web app only.
    PAYMENT_RETURN_ORIGINS: `http://localhost:${config.PORT}`,
    ATTACHMENTS_DIR: join(config.DATA_DIR, folder, 'attachments'),
    ...(registry && folder === commune
      ? { INSTANCE_NAME: registry.instanceName, SERVED_UNITS: config.COMMUNE_INSTANCE as string }
      : {}),
    ...(registry && folder === 'dossiers'
      ? { UNITS_SERVED_ELSEWHERE: config.COMMUNE_INSTANCE as string }
      : {}),
  });
  await ports.release();
  await Promise.all(
    folders.map(async (folder) => {
      const port = portOf(folder);
      const service = schemaOf(folder);
      const child = await startChildService({
        name: folder,
        entry: join(root, 'services', service, 'dist', 'main.js'),
        env: {
          ...common,
          PORT: String(port),
          DATABASE_URL: (databases.get(folder) as EmbeddedPostgres).url,
          DATABASE_POOL_SIZE: '1',
          ...(service === 'dossiers' ? dossiersEnv(folder) : {}),
        },
        healthUrl: `http://localhost:${port}/health`,
        logFile: join(logs, `${folder}.log`),
        // Each service warns that Redis is missing; the launcher says it once for all of them.
        onLine: (line) => (noRedis && line.includes('REDIS_URL is not set') ? undefined : say(line)),
      });
      children.push(child);
      say(`✓ ${folder} ready on http://localhost:${port}/graphql`);
    }),
  );
  // Subgraphs stop before their databases: register them after.
  stops.push(async () => {
    await Promise.all(children.map((child) => child.stop()));
  });
  // Sign-in for the web app: the local identity provider, whose tokens the gateway verifies by JWKS.
  const identityProvider = await startLocalIdentityProvider({
    root,
    port: identityProviderPort,
    webOrigin: `http://localhost:${config.PORT}`,
    logs,
    onLine: say,
  });
  stops.push(identityProvider.child.stop);
  const gateway = await startChildService({
    name: 'gateway',
    entry: join(root, 'gateway', 'dist', 'main.js'),
    env: { ...common, ...identityProvider.gatewayEnv, PORT: String(config.PORT) },
    healthUrl: `http://localhost:${config.PORT}/health`,
    logFile: join(logs, 'gateway.log'),
    onLine: say,
  });
  stops.push(gateway.stop);
  say(
    `✓ gateway ready\n\nGraphQL endpoint: http://localhost:${config.PORT}/graphql (in a browser: the explorer)`,
  );
  const degraded = children.flatMap((child) =>
    Object.entries(child.degraded).map(([check, value]) => `${child.name} ${check}: ${value}`),
  );
  if (noRedis) {
    say(
      `! No Redis (${noRedis}): everything is served, but reports and notifications do not update (dossier events ` +
        `wait in the outbox); install redis-server and start again. Details: http://localhost:${config.PORT}/health`,
    );
  } else if (degraded.length > 0) {
    say(`! Degraded (details: http://localhost:${config.PORT}/health): ${degraded.join('; ')}`);
  }
  say(
    `Web app: http://localhost:${config.PORT}/ (sign in at ${identityProvider.issuer} with a demonstration account)`,
  );
  if (registry) {
    say(
      `Xã ${config.COMMUNE_INSTANCE} runs its own dossiers instance (${registry.instanceName}); the gateway reads ${registry.path}`,
    );
  }
  say('A token for an officer of Xã Lai Vung: npm run token -- --role OFFICER --unit 30226');
  say(`Logs: ${logs}. Ctrl-C stops everything.`);
  stops.push(
    watchHistoryImport(
      folders
        .filter((folder) => schemaOf(folder) === 'dossiers')
        .map((folder) => `http://localhost:${portOf(folder)}/health`),
      say,
    ),
  );

  for (const child of [...children, gateway]) {
    void child.exited.then((code) => {
      if (stopping) return;
      say(`${child.name} stopped unexpectedly (exit code ${code}); see ${join(logs, `${child.name}.log`)}`);
      // The commune's own server going down is what this layout demonstrates: the district keeps serving.
      if (child.name === commune) {
        say(
          `The district keeps serving; unit ${config.COMMUNE_INSTANCE} answers UNIT_UNAVAILABLE until restarted.`,
        );
        return;
      }
      void stopAll(1);
    });
  }
});
