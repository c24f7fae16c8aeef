import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runMain } from '@dvc/service-kit';
import { freePort, redisServerOnPath, startRedis } from '@dvc/test-fixtures';
import { type ChildService, startChildService } from './child-service';
import { loadEmbeddedConfig } from './config';
import { prepareDatabase, SERVICES } from './databases';
import { demoHistoryFile } from './demo-history';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';
import { installationSecrets } from './secrets';

const root = new URL('../../../', import.meta.url).pathname;
const say = (line: string) => console.log(line);

runMain(async () => {
  const config = loadEmbeddedConfig();
  const logs = join(config.DATA_DIR, 'logs');
  mkdirSync(logs, { recursive: true });
  const { identitySecret } = installationSecrets(config.DATA_DIR);
  const stops: Array<() => Promise<void>> = [];
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
  if (!redisUrl && config.EMBEDDED_REDIS === 'auto' && redisServerOnPath()) {
    const redis = await startRedis({ dataDir: join(config.DATA_DIR, 'redis') });
    stops.push(redis.stop);
    redisUrl = redis.url;
    say(`✓ redis-server started (${redisUrl})`);
  } else if (redisUrl) {
    say(`✓ using Redis at ${redisUrl}`);
  } else {
    say(
      '! No Redis (REDIS_URL unset, no redis-server on the PATH): everything is served, but dossier events wait in\n' +
        '  the outbox, so reports and notifications do not update until Redis is configured. Nothing is lost.',
    );
  }

  // PGlite's start-up is CPU-bound WebAssembly: start the four databases side by side.
  const databases = new Map<string, EmbeddedPostgres>();
  await Promise.all(
    SERVICES.map(async (service) => {
      const database = await startEmbeddedPostgres(
        join(config.DATA_DIR, service, 'pgdata'),
        await freePort(),
      );
      stops.push(database.stop);
      databases.set(service, database);
    }),
  );
  for (const service of SERVICES) {
    const loaded = await prepareDatabase(service, (databases.get(service) as EmbeddedPostgres).url);
    if (loaded) say(`  ${service}: loaded ${loaded}`);
  }

  const children: ChildService[] = [];
  const portOf = (service: (typeof SERVICES)[number]) => config.PORT + SERVICES.indexOf(service) + 1;
  // Every process knows where the others listen: services call each other (dossiers asks the catalogue for
  // appointments, notifications asks dossiers for contact details) and the gateway calls them all.
  const subgraphUrls = Object.fromEntries(
    SERVICES.map((service) => [
      `${service.toUpperCase()}_URL`,
      `http://localhost:${portOf(service)}/graphql`,
    ]),
  );
  const common = {
    NODE_ENV: 'development',
    LOG_LEVEL: config.LOG_LEVEL,
    IDENTITY_SECRET: identitySecret,
    ...subgraphUrls,
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  };
  await Promise.all(
    SERVICES.map(async (service) => {
      const port = portOf(service);
      const child = await startChildService({
        name: service,
        entry: join(root, 'services', service, 'src', 'main.ts'),
        env: {
          ...common,
          PORT: String(port),
          DATABASE_URL: (databases.get(service) as EmbeddedPostgres).url,
          DATABASE_POOL_SIZE: '1',
          ...(service === 'dossiers'
            ? {
                DEMO_DOSSIERS: 'true',
                DEMO_HISTORY_FILE: demoHistoryFile(config.DATA_DIR),
                FAKE_PAYMENT_PROVIDER: 'true',
              }
            : {}),
        },
        healthUrl: `http://localhost:${port}/health`,
        logFile: join(logs, `${service}.log`),
        onLine: say,
      });
      children.push(child);
      say(`✓ ${service} ready on http://localhost:${port}/graphql`);
    }),
  );
  // Subgraphs stop before their databases: register them after.
  stops.push(async () => {
    await Promise.all(children.map((child) => child.stop()));
  });
  const gateway = await startChildService({
    name: 'gateway',
    entry: join(root, 'gateway', 'src', 'main.ts'),
    env: { ...common, PORT: String(config.PORT) },
    healthUrl: `http://localhost:${config.PORT}/health`,
    logFile: join(logs, 'gateway.log'),
    onLine: say,
  });
  stops.push(gateway.stop);
  say(`✓ gateway ready\n\nGraphQL endpoint: http://localhost:${config.PORT}/graphql`);
  say('A token for an officer of Xã Lai Vung: npm run token -- --role OFFICER --unit 30226');
  say(`Logs: ${logs}. Ctrl-C stops everything.`);

  for (const child of [...children, gateway]) {
    void child.exited.then((code) => {
      if (!stopping) {
        say(`${child.name} stopped unexpectedly (exit code ${code}); see ${join(logs, `${child.name}.log`)}`);
        void stopAll(1);
      }
    });
  }
});
