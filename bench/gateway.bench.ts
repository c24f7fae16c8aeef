/**
 * Gateway benchmark: one fixed catalogue query, sent through the gateway and straight to the catalogue subgraph
 * (with a signed identity, as the gateway sends it), alternating, several rounds. Reports requests per second and
 * p50/p95 latency of each, the medians over rounds, and the ratio gateway ÷ subgraph.
 *
 * Everything runs on this machine: PostgreSQL and Redis started from its binaries, the four subgraphs and the
 * gateway as separate processes (as in production, NODE_ENV=production), and autocannon in this process.
 *
 *   npm run bench                      # 5 rounds of 10 s per target, 10 connections
 *   ROUNDS=3 DURATION=5 npm run bench
 */
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { join } from 'node:path';
import {
  migrationsFolder as catalogueMigrations,
  loadReferenceData,
  openCatalogueDatabase,
} from '@dvc/catalogue';
import { runMigrations } from '@dvc/database';
import { migrationsFolder as dossiersMigrations } from '@dvc/dossiers';
import { type ChildService, startChildService } from '@dvc/embedded/child-service';
import { signIdentity } from '@dvc/identity';
import { migrationsFolder as notificationsMigrations } from '@dvc/notifications';
import { migrationsFolder as reportingMigrations } from '@dvc/reporting';
import { freePort, startPostgres, startRedis } from '@dvc/test-fixtures';
import autocannon from 'autocannon';
import postgres from 'postgres';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const DURATION = Number(process.env.DURATION ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);

const QUERY = JSON.stringify({
  query: `{
    procedure(code: "1.001193") { code name field { code name } version onlineLevel legacyLevel }
    administrativeUnit(code: "30226") { code name level parent { code name } }
  }`,
});

const root = new URL('../', import.meta.url).pathname;
const migrations = {
  catalogue: catalogueMigrations,
  dossiers: dossiersMigrations,
  reporting: reportingMigrations,
  notifications: notificationsMigrations,
};

type Measure = { rps: number; p50: number; p95: number; errors: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function measure(url: string, headers: Record<string, string>): Promise<Measure> {
  const times: number[] = [];
  // Without a callback autocannon returns its running instance, which is both an event emitter and a promise.
  const instance = autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: QUERY,
    connections: CONNECTIONS,
    duration: DURATION,
  }) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode === 200) times.push(responseTime);
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    rps: result.requests.average,
    p50: Number(percentile(times, 50).toFixed(1)),
    p95: Number(percentile(times, 95).toFixed(1)),
    errors: result.errors + result.non2xx,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main() {
  const stops: Array<() => Promise<void>> = [];
  try {
    const pg = await startPostgres();
    stops.push(pg.stop);
    const redis = await startRedis();
    stops.push(redis.stop);
    const admin = postgres(pg.url, { max: 1, onnotice: () => {} });
    const urls: Record<string, string> = {};
    for (const [service, folder] of Object.entries(migrations)) {
      await admin.unsafe(`create database bench_${service}`);
      urls[service] = pg.url.replace(/\/postgres$/, `/bench_${service}`);
      await runMigrations(urls[service] as string, folder);
    }
    await admin.end();
    const catalogueDb = openCatalogueDatabase(urls.catalogue as string, 1);
    await loadReferenceData(catalogueDb.db).finally(catalogueDb.close);

    const identitySecret = randomBytes(32).toString('hex');
    const jwtSecret = randomBytes(32).toString('hex');
    const common = {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      IDENTITY_SECRET: identitySecret,
      REDIS_URL: redis.url,
    };
    const children: ChildService[] = [];
    stops.push(async () => {
      await Promise.all(children.map((child) => child.kill()));
    });
    const subgraphUrls: Record<string, string> = {};
    for (const service of Object.keys(migrations)) {
      const port = await freePort();
      children.push(
        await startChildService({
          name: service,
          entry: join(root, 'services', service, 'src', 'main.ts'),
          env: {
            ...common,
            PORT: String(port),
            DATABASE_URL: urls[service] as string,
            // Catalogue starts first; dossiers asks it for procedures and appointments.
            ...(subgraphUrls.CATALOGUE_URL ? { CATALOGUE_URL: subgraphUrls.CATALOGUE_URL } : {}),
          },
          healthUrl: `http://localhost:${port}/health`,
          logFile: '/dev/null',
          onLine: console.error,
        }),
      );
      subgraphUrls[`${service.toUpperCase()}_URL`] = `http://localhost:${port}/graphql`;
    }
    const gatewayPort = await freePort();
    children.push(
      await startChildService({
        name: 'gateway',
        entry: join(root, 'gateway', 'src', 'main.ts'),
        env: { ...common, PORT: String(gatewayPort), JWT_SECRET: jwtSecret, ...subgraphUrls },
        healthUrl: `http://localhost:${gatewayPort}/health`,
        logFile: '/dev/null',
        onLine: console.error,
      }),
    );

    const gatewayUrl = `http://localhost:${gatewayPort}/graphql`;
    const subgraphUrl = subgraphUrls.CATALOGUE_URL as string;
    const anonymous = { sub: null, role: 'ANONYMOUS' as const, unitCode: null, name: null };
    // Warm up both paths (JIT, query plan cache, connection pools).
    await measure(gatewayUrl, {});
    await measure(subgraphUrl, signIdentity(anonymous, identitySecret));

    const rounds: Array<{ gateway: Measure; subgraph: Measure }> = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const gateway = await measure(gatewayUrl, {});
      // Signed anew each round: a signature is valid for five minutes.
      const subgraph = await measure(subgraphUrl, signIdentity(anonymous, identitySecret));
      rounds.push({ gateway, subgraph });
      console.log(
        `round ${round}: gateway ${gateway.rps.toFixed(0)} req/s p50 ${gateway.p50} ms p95 ${gateway.p95} ms` +
          ` | subgraph ${subgraph.rps.toFixed(0)} req/s p50 ${subgraph.p50} ms p95 ${subgraph.p95} ms` +
          (gateway.errors + subgraph.errors > 0 ? ` | errors ${gateway.errors + subgraph.errors}` : ''),
      );
    }
    const summary = (pick: (r: { gateway: Measure; subgraph: Measure }) => Measure) => ({
      rps: median(rounds.map((r) => pick(r).rps)),
      p50: median(rounds.map((r) => pick(r).p50)),
      p95: median(rounds.map((r) => pick(r).p95)),
    });
    const gateway = summary((r) => r.gateway);
    const subgraph = summary((r) => r.subgraph);
    console.log(
      `\nmachine: ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}; ${ROUNDS} rounds × ${DURATION} s, ${CONNECTIONS} connections`,
    );
    console.log('median       req/s    p50 ms   p95 ms');
    console.log(
      `gateway    ${gateway.rps.toFixed(0).padStart(7)} ${String(gateway.p50).padStart(8)} ${String(gateway.p95).padStart(8)}`,
    );
    console.log(
      `subgraph   ${subgraph.rps.toFixed(0).padStart(7)} ${String(subgraph.p50).padStart(8)} ${String(subgraph.p95).padStart(8)}`,
    );
    console.log(
      `ratio gateway/subgraph: throughput ${(gateway.rps / subgraph.rps).toFixed(2)}, p50 ${(gateway.p50 / subgraph.p50).toFixed(2)}, p95 ${(gateway.p95 / subgraph.p95).toFixed(2)}`,
    );
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
