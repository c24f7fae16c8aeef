/**
 * Reports benchmark: the district report of Lai Vung (13 units × 12 months of 2019, Biểu 06a per unit and month)
 * over 1,000,000 dossiers, asked through the gateway and straight to the reporting subgraph, against the same
 * figures computed by a plain GROUP BY over a dossiers-like table (one row per dossier) in the same PostgreSQL.
 *
 * The projection is filled through the same fold as live events (projections/fold.ts), from generated lifecycles;
 * the per-dossier state rows are not written (reports never read them), the counters are.
 *
 *   npm run bench:reports -w @dvc/bench            # 1,000,000 dossiers, 200 requests per target
 *   DOSSIERS=200000 REQUESTS=50 npm run bench:reports -w @dvc/bench
 */
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { join } from 'node:path';
import {
  migrationsFolder as catalogueMigrations,
  loadReferenceData,
  openCatalogueDatabase,
} from '@dvc/catalogue';
import type { DossierEvent } from '@dvc/contracts';
import { runMigrations } from '@dvc/database';
import { type ChildService, startChildService } from '@dvc/embedded/child-service';
import { mintDevelopmentToken } from '@dvc/gateway';
import { signIdentity } from '@dvc/identity';
import { openReportingDatabase, migrationsFolder as reportingMigrations } from '@dvc/reporting';
import { addContribution, projectDossiers } from '@dvc/reporting/projections';
import { freePort, startPostgres, startRedis } from '@dvc/test-fixtures';
import postgres from 'postgres';

const DOSSIERS = Number(process.env.DOSSIERS ?? 1_000_000);
const REQUESTS = Number(process.env.REQUESTS ?? 200);
const UNITS = [
  '876',
  '30208',
  '30211',
  '30214',
  '30217',
  '30220',
  '30223',
  '30226',
  '30229',
  '30232',
  '30235',
  '30238',
  '30241',
];
const PROCEDURES = [
  '1.001193',
  '1.000656',
  '1.000894',
  '2.000815',
  '2.000884',
  '1.004873',
  '2.001035',
  '1.001612',
  '2.000720',
  '1.000775',
];
const DURATION_DAYS = [0, 0, 0, 0, 0, 3, 2, 3, 3, 20];
const root = new URL('../', import.meta.url).pathname;

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

type Dossier = {
  code: string;
  unit: string;
  procedure: string;
  channel: 'ONLINE' | 'IN_PERSON' | 'POST';
  receivedAt: Date;
  dueAt: Date | null;
  finishedAt: Date | null;
  outcome: 'RESOLVED' | 'WITHDRAWN' | null;
};

/** Two years (2019–2020) of dossiers: a quarter resolved late, some withdrawn, the latest still open. */
function* dossiers(count: number): Generator<Dossier> {
  const next = random(766);
  const start = Date.UTC(2019, 0, 1, 1);
  const span = 730 * 86_400_000;
  for (let index = 0; index < count; index += 1) {
    const procedureIndex = Math.floor(next() * PROCEDURES.length);
    const receivedAt = new Date(start + Math.floor(next() * span));
    const days = DURATION_DAYS[procedureIndex] ?? 0;
    const dueAt = new Date(receivedAt.getTime() + Math.max(days, 0.3) * 86_400_000);
    const roll = next();
    const finishedAt =
      roll < 0.02
        ? null
        : new Date(receivedAt.getTime() + Math.floor(next() * (days + 2) * 1.3 * 86_400_000));
    yield {
      code: `B-${index}`,
      unit: UNITS[Math.floor(next() * UNITS.length)] as string,
      procedure: PROCEDURES[procedureIndex] as string,
      channel: next() < 0.2 ? 'ONLINE' : next() < 0.05 ? 'POST' : 'IN_PERSON',
      receivedAt,
      dueAt,
      finishedAt,
      outcome: finishedAt ? (roll < 0.04 ? 'WITHDRAWN' : 'RESOLVED') : null,
    };
  }
}

/** The events dossiers would have emitted; built as plain objects (the fold does not re-validate). */
function eventsOf(dossier: Dossier): DossierEvent[] {
  const base = {
    dossierCode: dossier.code,
    unitCode: dossier.unit,
    procedureCode: dossier.procedure,
    channel: dossier.channel,
    actorRole: 'OFFICER',
  };
  const received = dossier.receivedAt.toISOString();
  const events: DossierEvent[] = [
    {
      id: `${dossier.code}-r`,
      type: 'dossier.received.v1',
      occurredAt: received,
      source: 'bench',
      payload: {
        ...base,
        at: received,
        assistedBy: null,
        receivedAt: received,
        appointmentAt: dossier.dueAt?.toISOString() ?? null,
        feeVnd: 0,
      },
    },
  ];
  if (dossier.finishedAt) {
    const at = dossier.finishedAt.toISOString();
    events.push(
      dossier.outcome === 'WITHDRAWN'
        ? {
            id: `${dossier.code}-w`,
            type: 'dossier.withdrawn.v1',
            occurredAt: at,
            source: 'bench',
            payload: { ...base, at },
          }
        : {
            id: `${dossier.code}-f`,
            type: 'dossier.resolved.v1',
            occurredAt: at,
            source: 'bench',
            payload: {
              ...base,
              at,
              appointmentAt: dossier.dueAt?.toISOString() ?? null,
              timeliness: 'ON_TIME',
              electronicResult: false,
            },
          },
    );
  }
  return events;
}

// Withdrawn dossiers are resolved on the form, on time by their appointment day and late after it (issue 18).
const DIRECT_SQL = `
  with months as (
    select m::date as p_from, (m + interval '1 month' - interval '1 day')::date as p_to
    from generate_series('2019-01-01'::date, '2019-12-01'::date, interval '1 month') m
  )
  select p.p_from, d.unit_code,
    count(*) filter (where d.received_day between p.p_from and p.p_to and d.channel = 'ONLINE') as online,
    count(*) filter (where d.received_day between p.p_from and p.p_to and d.channel <> 'ONLINE') as in_person_or_post,
    count(*) filter (where d.received_day < p.p_from) as carried_over,
    count(*) filter (where d.outcome = 'RESOLVED' and d.finished_day between p.p_from and p.p_to and d.finished_day < d.due_day) as early,
    count(*) filter (where d.finished_day between p.p_from and p.p_to and (d.finished_day = d.due_day or (d.outcome = 'WITHDRAWN' and d.finished_day < d.due_day))) as on_time,
    count(*) filter (where d.finished_day between p.p_from and p.p_to and d.finished_day > d.due_day) as late,
    count(*) filter (where d.outcome = 'WITHDRAWN' and d.finished_day between p.p_from and p.p_to) as withdrawn,
    count(*) filter (where (d.finished_day is null or d.finished_day > p.p_to) and d.due_day >= p.p_to) as within_deadline,
    count(*) filter (where (d.finished_day is null or d.finished_day > p.p_to) and d.due_day < p.p_to) as overdue
  from months p
  join bench_dossiers d
    on d.unit_code = any($1::text[]) and d.received_day <= p.p_to and (d.finished_day is null or d.finished_day >= p.p_from)
  group by p.p_from, d.unit_code
`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function time(count: number, run: () => Promise<void>) {
  for (let index = 0; index < 5; index += 1) await run();
  const times: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function main() {
  const server = await startPostgres();
  // Reporting reports itself healthy only with its event consumer running, as in production.
  const redis = await startRedis();
  const children: ChildService[] = [];
  try {
    const admin = postgres(server.url, { max: 1, onnotice: () => {} });
    for (const name of ['bench_catalogue', 'bench_reporting']) await admin.unsafe(`create database ${name}`);
    await admin.end();
    const urlOf = (name: string) => server.url.replace(/\/[^/]*$/, `/${name}`);
    const urls = { catalogue: urlOf('bench_catalogue'), reporting: urlOf('bench_reporting') };
    await runMigrations(urls.catalogue, catalogueMigrations);
    await runMigrations(urls.reporting, reportingMigrations);
    const catalogueDb = openCatalogueDatabase(urls.catalogue, 1);
    await loadReferenceData(catalogueDb.db).finally(catalogueDb.close);

    console.log(`generating and projecting ${DOSSIERS.toLocaleString('en')} dossiers…`);
    const loadStarted = performance.now();
    const reporting = openReportingDatabase(urls.reporting, 4);
    const sql = postgres(urls.reporting, { max: 4, onnotice: () => {} });
    await sql`create table bench_dossiers (code text primary key, unit_code text not null, procedure_code text not null,
      channel text not null, received_day date not null, due_day date, finished_day date, outcome text)`;
    const day = (date: Date | null) =>
      date ? new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 10) : null;
    let total = { figures: {}, flows: {}, transfers: {}, volunteers: {} } as Awaited<
      ReturnType<typeof projectDossiers>
    >;
    let batch: Dossier[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      total = await projectDossiers(
        reporting.db,
        batch.map((dossier) => [dossier.code, eventsOf(dossier)] as [string, DossierEvent[]]),
        total,
        { writeStates: false },
      );
      await sql`insert into bench_dossiers ${sql(
        batch.map((dossier) => ({
          code: dossier.code,
          unit_code: dossier.unit,
          procedure_code: dossier.procedure,
          channel: dossier.channel,
          received_day: day(dossier.receivedAt),
          due_day: day(dossier.dueAt),
          finished_day: day(dossier.finishedAt),
          outcome: dossier.outcome,
        })),
      )}`;
      batch = [];
    };
    for (const dossier of dossiers(DOSSIERS)) {
      batch.push(dossier);
      if (batch.length === 5_000) await flush();
    }
    await flush();
    await addContribution(reporting.db, total);
    await sql`create index bench_dossiers_unit_received on bench_dossiers (unit_code, received_day)`;
    await sql`analyze`;
    const [{ rows: counterRows }] = await sql<
      [{ rows: string }]
    >`select (select count(*) from daily_figures) + (select count(*) from open_flows) as rows`;
    console.log(
      `loaded in ${((performance.now() - loadStarted) / 1000).toFixed(0)} s; ${counterRows} counter rows`,
    );
    await reporting.close();

    const identitySecret = randomBytes(32).toString('hex');
    const jwtSecret = randomBytes(32).toString('hex');
    const common = {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      IDENTITY_SECRET: identitySecret,
      REDIS_URL: redis.url,
    };
    const ports = {
      catalogue: await freePort(),
      reporting: await freePort(),
      gateway: await freePort(),
      unused: await freePort(),
    };
    const start = (name: string, entry: string, env: Record<string, string>, port: number) =>
      startChildService({
        name,
        entry: join(root, entry),
        env: { ...common, ...env, PORT: String(port) },
        healthUrl: `http://localhost:${port}/health`,
        logFile: '/dev/null',
        onLine: console.error,
      });
    const catalogueUrl = `http://localhost:${ports.catalogue}/graphql`;
    const reportingUrl = `http://localhost:${ports.reporting}/graphql`;
    children.push(
      await start(
        'catalogue',
        'services/catalogue/dist/main.js',
        { DATABASE_URL: urls.catalogue },
        ports.catalogue,
      ),
    );
    children.push(
      await start(
        'reporting',
        'services/reporting/dist/main.js',
        { DATABASE_URL: urls.reporting, CATALOGUE_URL: catalogueUrl },
        ports.reporting,
      ),
    );
    children.push(
      await start(
        'gateway',
        'gateway/dist/main.js',
        {
          JWT_SECRET: jwtSecret,
          CATALOGUE_URL: catalogueUrl,
          REPORTING_URL: reportingUrl,
          DOSSIERS_URL: `http://localhost:${ports.unused}/graphql`,
          NOTIFICATIONS_URL: `http://localhost:${ports.unused}/graphql`,
          SUBGRAPH_TIMEOUT_MS: '30000',
        },
        ports.gateway,
      ),
    );

    const selection = `reportSeries(year: 2019, granularity: MONTH) { from to received { total online inPersonOrPost carriedOver }
      resolved { early onTime late } inProgress { withinDeadline overdue } withdrawn
      byUnit { unit { code name } received { online inPersonOrPost carriedOver } resolved { early onTime late } inProgress { withinDeadline overdue } withdrawn } }`;
    const token = await mintDevelopmentToken({
      secret: jwtSecret,
      issuer: 'dvc-dev-issuer',
      audience: 'dvc-gateway',
      role: 'LEADER',
      unit: '876',
      sub: 'bench-leader',
    });
    const leader = { sub: 'bench-leader', role: 'LEADER' as const, unitCode: '876', name: null };
    const post = async (url: string, headers: Record<string, string>, query: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { errors?: unknown[]; data?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 400));
      return body.data;
    };
    console.log('services started');
    const gatewayQuery = `{ administrativeUnit(code: "876") { ${selection} } }`;
    const subgraphQuery = `{ _entities(representations: [{ __typename: "AdministrativeUnit", code: "876" }]) { ... on AdministrativeUnit { ${selection} } } }`;
    const gatewayUrl = `http://localhost:${ports.gateway}/graphql`;

    // The same figures both ways, checked once before timing anything.
    type Row = {
      unit: { code: string };
      received: { online: number; inPersonOrPost: number; carriedOver: number };
      resolved: { early: number; onTime: number; late: number };
      inProgress: { withinDeadline: number; overdue: number };
      withdrawn: number;
    };
    const viaSubgraph = (await post(reportingUrl, signIdentity(leader, identitySecret), subgraphQuery)) as {
      _entities: Array<{ reportSeries: Array<{ byUnit: Row[] }> }>;
    };
    const direct = await sql.unsafe(DIRECT_SQL, [UNITS]);
    let compared = 0;
    for (const row of direct) {
      const month = new Date(row.p_from as string).toISOString().slice(5, 7);
      const projected = viaSubgraph._entities[0]?.reportSeries[Number(month) - 1]?.byUnit.find(
        (unit) => unit.unit.code === row.unit_code,
      );
      const expected = [
        row.online,
        row.in_person_or_post,
        row.carried_over,
        row.early,
        row.on_time,
        row.late,
        row.within_deadline,
        row.overdue,
        row.withdrawn,
      ].map(Number);
      const actual = projected
        ? [
            projected.received.online,
            projected.received.inPersonOrPost,
            projected.received.carriedOver,
            projected.resolved.early,
            projected.resolved.onTime,
            projected.resolved.late,
            projected.inProgress.withinDeadline,
            projected.inProgress.overdue,
            projected.withdrawn,
          ]
        : [];
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        throw new Error(
          `figures differ for ${row.unit_code} month ${month}: projection ${actual} vs GROUP BY ${expected}`,
        );
      }
      compared += 1;
    }
    console.log(`projection equals the GROUP BY for all ${compared} unit × month cells`);

    const gateway = await time(REQUESTS, async () => {
      await post(gatewayUrl, { authorization: `Bearer ${token}` }, gatewayQuery);
    });
    const subgraph = await time(REQUESTS, async () => {
      await post(reportingUrl, signIdentity(leader, identitySecret), subgraphQuery);
    });
    const groupBy = await time(Math.min(REQUESTS, 30), async () => {
      await sql.unsafe(DIRECT_SQL, [UNITS]);
    });
    console.log(
      `\nmachine: ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}; ${DOSSIERS.toLocaleString('en')} dossiers, sequential requests`,
    );
    console.log('district report, 13 units × 12 months     p50 ms   p95 ms');
    const line = (name: string, m: { p50: number; p95: number }) =>
      console.log(`${name.padEnd(40)} ${m.p50.toFixed(1).padStart(8)} ${m.p95.toFixed(1).padStart(8)}`);
    line('through the gateway', gateway);
    line('reporting subgraph (signed identity)', subgraph);
    line('plain GROUP BY over the dossiers table', groupBy);
    console.log(
      `ratio GROUP BY ÷ gateway (p95): ${(groupBy.p95 / gateway.p95).toFixed(1)}×; ÷ subgraph: ${(groupBy.p95 / subgraph.p95).toFixed(1)}×`,
    );
    await sql.end();
  } finally {
    for (const child of children.reverse()) await child.kill();
    await redis.stop();
    await server.stop();
  }
}

await main();
