import { cpus } from 'node:os';
import { signIdentity } from '@dvc/identity';
import autocannon from 'autocannon';
import { median, percentile, startBenchFederation } from './support';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const DURATION = Number(process.env.DURATION ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);

const QUERY = JSON.stringify({
  query: `{
    procedure(code: "1.001193") { code name field { code name } version onlineLevel legacyLevel }
    administrativeUnit(code: "30226") { code name level parent { code name } }
  }`,
});

type Measure = { rps: number; p50: number; p95: number; errors: number };

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

async function main() {
  const federation = await startBenchFederation('bench');
  try {
    const { gatewayUrl, identitySecret, subgraphUrls } = federation;
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
    await federation.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
