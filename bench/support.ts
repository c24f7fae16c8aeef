/**
 * What the benchmarks share: the whole federation on this machine as in production (PostgreSQL and Redis from the
 * machine's binaries, each subgraph and the gateway a separate NODE_ENV=production process), and the statistics.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  migrationsFolder as catalogueMigrations,
  loadReferenceData,
  openCatalogueDatabase,
} from '@dvc/catalogue';
import { runMigrations } from '@dvc/database';
import { migrationsFolder as dossiersMigrations } from '@dvc/dossiers';
import { type ChildService, startChildService } from '@dvc/embedded/child-service';
import { migrationsFolder as notificationsMigrations } from '@dvc/notifications';
import { migrationsFolder as reportingMigrations } from '@dvc/reporting';
import { freePort, startPostgres, startRedis } from '@dvc/test-fixtures';
import autocannon from 'autocannon';
import postgres from 'postgres';

const root = new URL('../', import.meta.url).pathname;
const MIGRATIONS = {
  catalogue: catalogueMigrations,
  dossiers: dossiersMigrations,
  reporting: reportingMigrations,
  notifications: notificationsMigrations,
};
type Service = keyof typeof MIGRATIONS;

export type BenchFederation = {
  databaseUrls: Record<Service, string>;
  /** CATALOGUE_URL, DOSSIERS_URL, … of the running subgraphs. */
  subgraphUrls: Record<string, string>;
  gatewayUrl: string;
  identitySecret: string;
  jwtSecret: string;
  stop: () => Promise<void>;
};

/** A dossiers instance of its own for some units (a commune's server), behind the gateway's registry. */
export type InstanceSpec = { name: string; units: string[]; agencyCodes: string[] };

export async function startBenchFederation(
  name: string,
  options: { dossiersInstances?: InstanceSpec[] } = {},
): Promise<BenchFederation> {
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const close of stops.reverse()) await close().catch(() => {});
  };
  try {
    const pg = await startPostgres();
    stops.push(pg.stop);
    const redis = await startRedis();
    stops.push(redis.stop);
    const admin = postgres(pg.url, { max: 1, onnotice: () => {} });
    const databaseUrls = {} as Record<Service, string>;
    for (const [service, folder] of Object.entries(MIGRATIONS) as Array<[Service, string]>) {
      await admin.unsafe(`create database ${name}_${service}`);
      databaseUrls[service] = pg.url.replace(/\/postgres$/, `/${name}_${service}`);
      await runMigrations(databaseUrls[service], folder);
    }
    await admin.end();
    const catalogueDb = openCatalogueDatabase(databaseUrls.catalogue, 1);
    await loadReferenceData(catalogueDb.db).finally(catalogueDb.close);

    const identitySecret = randomBytes(32).toString('hex');
    const jwtSecret = randomBytes(32).toString('hex');
    const services = Object.keys(MIGRATIONS) as Service[];
    const ports = new Map<Service, number>();
    for (const service of services) ports.set(service, await freePort());
    // Every process knows where the others listen, as in `npm start`.
    const subgraphUrls = Object.fromEntries(
      services.map((service) => [
        `${service.toUpperCase()}_URL`,
        `http://localhost:${ports.get(service)}/graphql`,
      ]),
    );
    const common = {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      IDENTITY_SECRET: identitySecret,
      REDIS_URL: redis.url,
      ...subgraphUrls,
    };
    const children: ChildService[] = [];
    stops.push(async () => {
      await Promise.all(children.map((child) => child.kill()));
    });
    const start = async (service: string, entry: string, port: number, env: Record<string, string>) =>
      children.push(
        await startChildService({
          name: service,
          entry: join(root, entry),
          env: { ...common, PORT: String(port), ...env },
          healthUrl: `http://localhost:${port}/health`,
          logFile: '/dev/null',
          onLine: console.error,
        }),
      );
    for (const service of services) {
      await start(service, join('services', service, 'dist', 'main.js'), ports.get(service) as number, {
        DATABASE_URL: databaseUrls[service],
      });
    }
    const instances = [];
    for (const instance of options.dossiersInstances ?? []) {
      const database = `${name}_dossiers_${instance.name.replaceAll('-', '_')}`;
      const admin = postgres(pg.url, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database ${database}`);
      await admin.end();
      const url = pg.url.replace(/\/postgres$/, `/${database}`);
      await runMigrations(url, dossiersMigrations);
      const port = await freePort();
      await start(`dossiers-${instance.name}`, join('services', 'dossiers', 'dist', 'main.js'), port, {
        DATABASE_URL: url,
        INSTANCE_NAME: instance.name,
        SERVED_UNITS: instance.units.join(','),
      });
      instances.push({ ...instance, url: `http://localhost:${port}/graphql` });
    }
    const registry: Record<string, string> = {};
    if (instances.length > 0) {
      registry.DOSSIERS_REGISTRY = join(mkdtempSync(join(tmpdir(), 'dvc-bench-registry-')), 'dossiers.json');
      writeFileSync(
        registry.DOSSIERS_REGISTRY,
        JSON.stringify({ default: subgraphUrls.DOSSIERS_URL, instances }),
      );
    }
    const gatewayPort = await freePort();
    await start('gateway', join('gateway', 'dist', 'main.js'), gatewayPort, {
      JWT_SECRET: jwtSecret,
      ...registry,
    });
    return {
      databaseUrls,
      subgraphUrls,
      gatewayUrl: `http://localhost:${gatewayPort}/graphql`,
      identitySecret,
      jwtSecret,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export type Measure = { rps: number; p50: number; p95: number; errors: number };

/**
 * One timed load with autocannon: requests per second, p50 and p95 of the answers with status 200, and the errors
 * (connection failures, non-2xx answers, plus those `moreErrors` counts, e.g. 200 answers carrying GraphQL errors).
 */
export async function measureLoad(
  options: autocannon.Options,
  moreErrors: () => number = () => 0,
): Promise<Measure> {
  const times: number[] = [];
  // Without a callback autocannon returns its running instance, which is both an event emitter and a promise.
  const instance = autocannon(options) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode === 200) times.push(responseTime);
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    rps: result.requests.average,
    p50: Number(percentile(times, 50).toFixed(1)),
    p95: Number(percentile(times, 95).toFixed(1)),
    errors: result.errors + result.non2xx + moreErrors(),
  };
}
export type Summary = Pick<Measure, 'rps' | 'p50' | 'p95'>;

/**
 * Runs the gateway and the subgraph measurement (or any two setups, named by `names`) alternately, round after
 * round, so that drift in the machine's load touches both alike; prints each round and answers the medians.
 */
export async function alternateRounds(
  rounds: number,
  unit: string,
  gatewayRound: () => Promise<Measure>,
  subgraphRound: () => Promise<Measure>,
  names: [string, string] = ['gateway', 'subgraph'],
): Promise<{ gateway: Summary; subgraph: Summary }> {
  const results: Array<{ gateway: Measure; subgraph: Measure }> = [];
  for (let round = 1; round <= rounds; round++) {
    const gateway = await gatewayRound();
    const subgraph = await subgraphRound();
    results.push({ gateway, subgraph });
    const errors = gateway.errors + subgraph.errors;
    console.log(
      `round ${round}: ${names[0]} ${gateway.rps.toFixed(0)} ${unit} p50 ${gateway.p50} ms p95 ${gateway.p95} ms` +
        ` | ${names[1]} ${subgraph.rps.toFixed(0)} ${unit} p50 ${subgraph.p50} ms p95 ${subgraph.p95} ms` +
        (errors > 0 ? ` | errors ${errors}` : ''),
    );
  }
  const summary = (pick: (r: { gateway: Measure; subgraph: Measure }) => Measure): Summary => ({
    rps: median(results.map((r) => pick(r).rps)),
    p50: median(results.map((r) => pick(r).p50)),
    p95: median(results.map((r) => pick(r).p95)),
  });
  return { gateway: summary((r) => r.gateway), subgraph: summary((r) => r.subgraph) };
}
