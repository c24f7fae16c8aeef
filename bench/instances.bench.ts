/**
 * The same mix of dossier reads through the gateway with one dossiers instance serving every unit, and with three
 * (the district's, and Xã Lai Vung and Xã Phong Hòa each running their own), the same dossiers spread over them.
 * The two setups run side by side and are measured in alternating rounds. The mix: a dossier by code, a unit's
 * work queue, a citizen's own dossiers (all instances with three), anonymous tracking, and a province leader's
 * queue across its communes (all instances with three).
 *
 * ROUNDS (5), DURATION seconds per round (10), CONNECTIONS (10), PER_UNIT dossiers per commune (30).
 */
import { cpus, loadavg } from 'node:os';
import { createCatalogueClient, sampleFormData } from '@dvc/dossiers';
import { mintDevelopmentToken } from '@dvc/gateway';
import type autocannon from 'autocannon';
import {
  alternateRounds,
  type BenchFederation,
  type InstanceSpec,
  type Measure,
  measureLoad,
  startBenchFederation,
} from './support';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const DURATION = Number(process.env.DURATION ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const PER_UNIT = Number(process.env.PER_UNIT ?? 30);

const UNITS = ['30226', '30208', '30235'];
const COMMUNES: InstanceSpec[] = [
  { name: 'lai-vung', units: ['30226'], agencyCodes: ['000.00.91.H20'] },
  { name: 'phong-hoa', units: ['30235'], agencyCodes: ['000.00.93.H20'] },
];
const ID_NUMBER = '087190000001';

type Setup = { federation: BenchFederation; requests: autocannon.Request[] };

async function token(federation: BenchFederation, role: 'CITIZEN' | 'OFFICER' | 'LEADER', unit?: string) {
  const jwt = await mintDevelopmentToken({
    secret: federation.jwtSecret,
    issuer: 'dvc-dev-issuer',
    audience: 'dvc-gateway',
    role,
    sub: `bench-${role.toLowerCase()}`,
    ...(unit ? { unit } : {}),
  });
  return { authorization: `Bearer ${jwt}` };
}

async function call(url: string, headers: Record<string, string>, query: string, variables: object) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (body.errors) throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(body.errors)}`);
  return body.data as Record<string, unknown>;
}

/** Files PER_UNIT dossiers at each commune through the gateway and accepts every other one (a deadline). */
async function prepare(federation: BenchFederation): Promise<Setup> {
  const url = federation.gatewayUrl;
  const catalogue = createCatalogueClient({
    url: federation.subgraphUrls.CATALOGUE_URL as string,
    identitySecret: federation.identitySecret,
  });
  // A certified copy of a civil-status extract: nothing to upload before filing (see filings.bench.ts).
  const procedure = await catalogue.procedure('2.000635');
  if (!procedure) throw new Error('the catalogue has no 2.000635');
  const citizen = await token(federation, 'CITIZEN');
  const codes: string[] = [];
  for (const unitCode of UNITS) {
    const officer = await token(federation, 'OFFICER', unitCode);
    for (let i = 0; i < PER_UNIT; i++) {
      const data = await call(
        url,
        citizen,
        'mutation($input: SubmitDossierInput!, $key: ID!) { submitDossier(input: $input, idempotencyKey: $key) { code } }',
        {
          key: `bench-${unitCode}-${i}`,
          input: {
            procedureCode: '2.000635',
            unitCode,
            applicant: { kind: 'PERSON', name: 'Nguyễn Văn An', idNumber: ID_NUMBER },
            formData: sampleFormData(procedure, {
              name: 'Nguyễn Văn An',
              idNumber: ID_NUMBER,
              phone: '0912345678',
            }),
            contact: { phone: '0912345678', notifySms: false },
            returnChannel: 'DESK',
          },
        },
      );
      const code = (data.submitDossier as { code: string }).code;
      codes.push(code);
      if (i % 2 === 0) {
        await call(url, officer, 'mutation($code: ID!) { receiveDossier(code: $code) { code } }', { code });
      }
    }
  }
  const body = (query: string, variables: object = {}) => JSON.stringify({ query, variables });
  const json = { 'content-type': 'application/json' };
  const requests: autocannon.Request[] = [];
  for (const [index, code] of codes.entries()) {
    const unitCode = UNITS[index % UNITS.length] as string;
    requests.push(
      {
        method: 'POST',
        headers: { ...json, ...citizen },
        body: body('query($code: ID!) { dossier(code: $code) { code status deadline unit { code } } }', {
          code,
        }),
      },
      {
        method: 'POST',
        headers: { ...json, ...(await token(federation, 'OFFICER', unitCode)) },
        body: body(
          'query($unit: ID!) { dossiers(unitCode: $unit, first: 20) { nodes { code status deadline } } }',
          {
            unit: unitCode,
          },
        ),
      },
      {
        method: 'POST',
        headers: { ...json, ...citizen },
        body: body('{ myDossiers(first: 20) { nodes { code status submittedAt } hasNextPage endCursor } }'),
      },
      {
        method: 'POST',
        headers: json,
        body: body(
          'query($code: ID!, $id: String!) { trackDossier(code: $code, idNumber: $id) { code status } }',
          {
            code,
            id: ID_NUMBER,
          },
        ),
      },
      {
        method: 'POST',
        headers: { ...json, ...(await token(federation, 'LEADER', '82')) },
        body: body(
          '{ dossiers(unitCode: "82", filter: { includeSubunits: true }, first: 20) { nodes { code deadline } endCursor } }',
        ),
      },
    );
  }
  // Every request of the mix answers without an error before it is measured.
  for (const request of requests.slice(0, 5)) {
    await call(
      url,
      request.headers as Record<string, string>,
      JSON.parse(request.body as string).query,
      JSON.parse(request.body as string).variables,
    );
  }
  return { federation, requests };
}

function measure(setup: Setup): Promise<Measure> {
  // A GraphQL error comes back with status 200: count those too.
  let failed = 0;
  return measureLoad(
    {
      url: setup.federation.gatewayUrl,
      connections: CONNECTIONS,
      duration: DURATION,
      requests: setup.requests.map((request) => ({
        ...request,
        onResponse: (status: number, body: string) => {
          if (status === 200 && body.includes('"errors"')) failed++;
        },
      })),
    },
    () => failed,
  );
}

async function main() {
  const one = await startBenchFederation('one');
  const three = await startBenchFederation('three', { dossiersInstances: COMMUNES }).catch(async (error) => {
    await one.stop();
    throw error;
  });
  try {
    const setups = { one: await prepare(one), three: await prepare(three) };
    await measure(setups.one);
    await measure(setups.three);
    const before = loadavg();
    const result = await alternateRounds(
      ROUNDS,
      'req/s',
      () => measure(setups.one),
      () => measure(setups.three),
      ['one instance', 'three instances'],
    );
    const [single, spread] = [result.gateway, result.subgraph];
    console.log(
      `\nmachine: ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}; load average before ${before.map((l) => l.toFixed(2)).join(' ')}, after ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    console.log(
      `${ROUNDS} rounds × ${DURATION} s, ${CONNECTIONS} connections; ${PER_UNIT * UNITS.length} dossiers over 3 communes`,
    );
    console.log('median              req/s    p50 ms   p95 ms');
    for (const [name, summary] of [
      ['one instance', single],
      ['three instances', spread],
    ] as const) {
      console.log(
        `${name.padEnd(16)} ${summary.rps.toFixed(0).padStart(7)} ${String(summary.p50).padStart(8)} ${String(summary.p95).padStart(8)}`,
      );
    }
    console.log(
      `ratio three/one: throughput ${(spread.rps / single.rps).toFixed(2)}, p50 ${(spread.p50 / single.p50).toFixed(2)}, p95 ${(spread.p95 / single.p95).toFixed(2)}`,
    );
  } finally {
    await three.stop();
    await one.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
