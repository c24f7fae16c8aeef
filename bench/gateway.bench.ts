import { cpus } from 'node:os';
import { signIdentity } from '@dvc/identity';
import { alternateRounds, type Measure, measureLoad, startBenchFederation } from './support';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const DURATION = Number(process.env.DURATION ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);

const QUERY = JSON.stringify({
  query: `{
    procedure(code: "1.001193") { code name field { code name } version onlineLevel legacyLevel }
    administrativeUnit(code: "30226") { code name level parent { code name } }
  }`,
});

function measure(url: string, headers: Record<string, string>): Promise<Measure> {
  return measureLoad({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: QUERY,
    connections: CONNECTIONS,
    duration: DURATION,
  });
}

async function main() {
  const federation = await startBenchFederation('bench');
  try {
    const { gatewayUrl, identitySecret, subgraphUrls } = federation;
    const subgraphUrl = subgraphUrls.CATALOGUE_URL as string;
    const anonymous = { sub: null, role: 'ANONYMOUS' as const, unitCode: null, name: null };
    // Warm up both paths (JIT, query plan cache, connection pools).
    await measure(gatewayUrl, {});
    await measure(subgraphUrl, signIdentity(anonymous, identitySecret));

    // The subgraph's identity is signed anew each round: a signature is valid for five minutes.
    const { gateway, subgraph } = await alternateRounds(
      ROUNDS,
      'req/s',
      () => measure(gatewayUrl, {}),
      () => measure(subgraphUrl, signIdentity(anonymous, identitySecret)),
    );
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
    await federation.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
