/**
 * Filings benchmark: `submitDossier` (a citizen asking online at Xã Lai Vung for copies of a civil-status extract,
 * 2.000635, whose documents are all shown or filled in online, so no upload has to precede each filing; every request
 * with its own idempotency key), sent through the gateway and straight to the dossiers subgraph, alternating,
 * several rounds, on a server PostgreSQL. Reports filings per second and p50/p95 latency of each (medians over
 * rounds), then checks that every 2xx filing left exactly one dossier with a gap-free code sequence.
 *
 * Everything runs on this machine: PostgreSQL and Redis started from its binaries, the four subgraphs and the
 * gateway as separate processes (NODE_ENV=production), autocannon in this process.
 *
 *   npm run bench:filings                     # 3 rounds of 10 s per target, 10 connections
 *   ROUNDS=2 DURATION=5 npm run bench:filings
 */
import { cpus } from 'node:os';
import { createCatalogueClient, sampleFormData } from '@dvc/dossiers';
import { mintDevelopmentToken } from '@dvc/gateway';
import { signIdentity } from '@dvc/identity';
import postgres from 'postgres';
import { alternateRounds, type Measure, measureLoad, startBenchFederation } from './support';

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const DURATION = Number(process.env.DURATION ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);

const SUBMIT = `mutation($input: SubmitDossierInput!, $key: ID!) { submitDossier(input: $input, idempotencyKey: $key) { code } }`;

let sequence = 0;

function measure(url: string, headers: Record<string, string>, input: object): Promise<Measure> {
  return measureLoad({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({
            query: SUBMIT,
            variables: { input, key: `bench-${process.pid}-${++sequence}` },
          }),
        }),
      },
    ],
  });
}

async function main() {
  const federation = await startBenchFederation('filings');
  try {
    const { databaseUrls: urls, subgraphUrls, gatewayUrl, identitySecret, jwtSecret } = federation;
    const catalogue = createCatalogueClient({ url: subgraphUrls.CATALOGUE_URL as string, identitySecret });
    const procedure = await catalogue.procedure('2.000635');
    if (!procedure) throw new Error('the catalogue has no 2.000635');
    const input = {
      procedureCode: '2.000635',
      unitCode: '30226',
      applicant: { kind: 'PERSON', name: 'Nguyễn Văn An', idNumber: '087190000001' },
      formData: sampleFormData(procedure, {
        name: 'Nguyễn Văn An',
        idNumber: '087190000001',
        phone: '0912345678',
      }),
      contact: { phone: '0912345678', notifySms: true },
      returnChannel: 'DESK',
    };
    const subgraphUrl = subgraphUrls.DOSSIERS_URL as string;
    const token = {
      authorization: `Bearer ${await mintDevelopmentToken({ secret: jwtSecret, issuer: 'dvc-dev-issuer', audience: 'dvc-gateway', role: 'CITIZEN', sub: 'bench-citizen' })}`,
    };
    const citizen = { sub: 'bench-citizen', role: 'CITIZEN' as const, unitCode: null, name: null };
    const probe = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...token },
      body: JSON.stringify({ query: SUBMIT, variables: { input, key: 'bench-probe' } }),
    });
    const probeBody = (await probe.json()) as { errors?: unknown };
    if (probeBody.errors)
      throw new Error(`a filing through the gateway failed: ${JSON.stringify(probeBody.errors)}`);

    // Warm up both paths (JIT, query plan cache, connection pools, the catalogue cache).
    await measure(gatewayUrl, token, input);
    await measure(subgraphUrl, signIdentity(citizen, identitySecret), input);

    // The subgraph's identity is signed anew each round: a signature is valid for five minutes.
    const { gateway, subgraph } = await alternateRounds(
      ROUNDS,
      'filings/s',
      () => measure(gatewayUrl, token, input),
      () => measure(subgraphUrl, signIdentity(citizen, identitySecret), input),
    );

    const db = postgres(urls.dossiers as string, { max: 1, onnotice: () => {} });
    const [check] = await db<Array<{ dossiers: number; days: number; gaps: number }>>`
      select count(*)::int as dossiers,
             count(distinct split_part(code, '-', 2))::int as days,
             (select count(*)::int from (
                select split_part(code, '-', 2) as day, count(*) as n, max(split_part(code, '-', 3)::int) as top
                from dossiers group by 1) t where n <> top) as gaps
      from dossiers`;
    await db.end();

    console.log(
      `\nmachine: ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}; ${ROUNDS} rounds × ${DURATION} s, ${CONNECTIONS} connections; server PostgreSQL`,
    );
    console.log('median     filings/s   p50 ms   p95 ms');
    console.log(
      `gateway    ${gateway.rps.toFixed(0).padStart(9)} ${String(gateway.p50).padStart(8)} ${String(gateway.p95).padStart(8)}`,
    );
    console.log(
      `subgraph   ${subgraph.rps.toFixed(0).padStart(9)} ${String(subgraph.p50).padStart(8)} ${String(subgraph.p95).padStart(8)}`,
    );
    console.log(`dossiers written: ${check?.dossiers}; days with a gap in the code sequence: ${check?.gaps}`);
  } finally {
    await federation.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
