/**
 * Search benchmark: procedure search latency over 5,000 published procedures, on server PostgreSQL and on embedded
 * PGlite (what `npm start` uses), in one run. For each database: migrations, the reference data, 4,952 generated
 * procedures derived from the 48 real ones (so words and fields are realistic), then the catalogue subgraph in
 * this process, asked one query at a time (PGlite serves one session) over HTTP with a signed identity, as the
 * gateway asks it. Reports p50/p95/max per database, and the rank-1 answer of each query as a sanity check.
 *
 *   npx tsx search.bench.ts                 # 300 measured requests per database
 *   REQUESTS=1000 npx tsx search.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  loadCatalogueConfig,
  loadReferenceData,
  migrationsFolder,
  openCatalogueDatabase,
  startCatalogue,
} from '@dvc/catalogue';
import { runMigrations } from '@dvc/database';
import { startEmbeddedPostgres } from '@dvc/embedded/embedded-postgres';
import { signIdentity } from '@dvc/identity';
import { freePort, startPostgres } from '@dvc/test-fixtures';
import postgres from 'postgres';

const REQUESTS = Number(process.env.REQUESTS ?? 300);
const WARM_UP = 30;
const TOTAL_PROCEDURES = 5000;

/** What citizens type: accent-free words, accented words, a field name, a code prefix, a prefix being typed. */
const SEARCHES: Array<{ search: string; filter?: Record<string, unknown> }> = [
  { search: 'khai sinh' },
  { search: 'ho tich' },
  { search: 'chung thuc ban sao' },
  { search: 'đăng ký kết hôn' },
  { search: 'ho kinh doanh' },
  { search: 'giay phep xay dung' },
  { search: '1.0011' },
  { search: 'ket ho' },
  { search: 'dat dai', filter: { onlineLevels: ['FULL_PROCESS', 'PARTIAL'] } },
  { search: 'tro cap', filter: { free: true, level: 'COMMUNE' } },
];

const QUERY = `query Search($search: String, $filter: ProcedureFilter) {
  procedures(search: $search, filter: $filter, first: 20) { totalCount edges { cursor node { code name field { name } } } }
}`;

/** Generated procedures: each a real one with a variant phrase, so the index holds 5,000 distinct, plausible names. */
async function addGeneratedProcedures(url: string): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<Array<{ count: number }>>`select count(*)::int as count from procedures`;
    const count = row?.count ?? 0;
    const extra = TOTAL_PROCEDURES - count;
    await sql.begin(async (tx) => {
      await tx`
        insert into procedures (code, current_version, display_order)
        select '3.' || lpad(g::text, 6, '0'), 1, 1000 + g from generate_series(1, ${extra}::int) g`;
      await tx`
        insert into procedure_versions
          (code, version, name, field, levels, online_level_legacy, online_level_decree42, details, confirmed, note, published_at)
        select '3.' || lpad(g::text, 6, '0'), 1,
          v.name || ' ' || (array['có yếu tố nước ngoài', 'lưu động', 'cấp lại', 'điều chỉnh nội dung', 'gia hạn',
            'bổ sung thông tin', 'tại khu vực biên giới', 'cho người khuyết tật', 'trường hợp đặc biệt',
            'theo yêu cầu của tổ chức'])[1 + g % 10] || ' (mẫu ' || g || ')',
          v.field, v.levels, v.online_level_legacy, v.online_level_decree42, v.details, false, 'Sinh ra cho benchmark', now()
        from generate_series(1, ${extra}::int) g
        join (select *, (row_number() over (order by code)) - 1 as i from procedure_versions) v
          on v.i = g % ${count}::int`;
    });
    const [published] = await sql<Array<{ total: number }>>`
      select count(*)::int as total from procedures where current_version is not null`;
    return published?.total ?? 0;
  } finally {
    await sql.end();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

type Result = { p50: number; p95: number; max: number; firsts: string[] };

async function measure(databaseUrl: string, poolSize: number): Promise<Result> {
  const identitySecret = 'b'.repeat(64);
  const service = await startCatalogue(
    loadCatalogueConfig({
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: String(poolSize),
      IDENTITY_SECRET: identitySecret,
      PORT: String(await freePort()),
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
    }),
  );
  try {
    const headers = {
      'content-type': 'application/json',
      ...signIdentity({ sub: null, role: 'ANONYMOUS', unitCode: null, name: null }, identitySecret),
    };
    const ask = async (index: number) => {
      const variables = SEARCHES[index % SEARCHES.length];
      const started = performance.now();
      const response = await fetch(service.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: QUERY, variables }),
      });
      const body = (await response.json()) as {
        data?: { procedures: { edges: Array<{ node: { code: string; name: string } }> } };
        errors?: unknown[];
      };
      const elapsed = performance.now() - started;
      if (body.errors) throw new Error(`search failed: ${JSON.stringify(body.errors)}`);
      return { elapsed, first: body.data?.procedures.edges[0]?.node };
    };
    for (let i = 0; i < WARM_UP; i++) await ask(i);
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) times.push((await ask(i)).elapsed);
    const firsts: string[] = [];
    for (let i = 0; i < SEARCHES.length; i++) {
      const { first } = await ask(i);
      firsts.push(`${SEARCHES[i]?.search} → ${first ? `${first.code} ${first.name}` : '(none)'}`);
    }
    times.sort((a, b) => a - b);
    return {
      p50: Number(percentile(times, 50).toFixed(1)),
      p95: Number(percentile(times, 95).toFixed(1)),
      max: Number((times.at(-1) ?? 0).toFixed(1)),
      firsts,
    };
  } finally {
    await service.stop();
  }
}

async function prepare(url: string): Promise<number> {
  await runMigrations(url, migrationsFolder);
  const database = openCatalogueDatabase(url, 1);
  await loadReferenceData(database.db).finally(database.close);
  return addGeneratedProcedures(url);
}

async function main() {
  const results: Record<string, Result & { procedures: number }> = {};

  const server = await startPostgres();
  try {
    const admin = postgres(server.url, { max: 1, onnotice: () => {} });
    await admin.unsafe('create database bench_search');
    await admin.end();
    const url = server.url.replace(/\/postgres$/, '/bench_search');
    const procedures = await prepare(url);
    results['server PostgreSQL'] = { ...(await measure(url, 10)), procedures };
  } finally {
    await server.stop();
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'dvc-search-bench-'));
  const embedded = await startEmbeddedPostgres(dataDir);
  try {
    const procedures = await prepare(embedded.url);
    results['embedded PGlite'] = { ...(await measure(embedded.url, 1)), procedures };
  } finally {
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }

  console.log(
    `\nmachine: ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}; ${REQUESTS} sequential searches per database (first: 20, with totalCount), ${SEARCHES.length} different queries`,
  );
  console.log('database             procedures   p50 ms   p95 ms   max ms');
  for (const [name, result] of Object.entries(results)) {
    console.log(
      `${name.padEnd(20)} ${String(result.procedures).padStart(10)} ${String(result.p50).padStart(8)} ${String(result.p95).padStart(8)} ${String(result.max).padStart(8)}`,
    );
  }
  console.log('\nbest match per query (server PostgreSQL):');
  for (const line of results['server PostgreSQL']?.firsts ?? []) console.log(`  ${line}`);
  const same = results['server PostgreSQL']?.firsts.join() === results['embedded PGlite']?.firsts.join();
  console.log(`PGlite ranks the same first results: ${same ? 'yes' : 'NO'}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
