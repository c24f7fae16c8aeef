import type { DossiersRegistry } from '@dvc/contracts';

type SubgraphHealth = {
  status: 'ok' | 'degraded' | 'down';
  checks?: Record<string, string>;
  progress?: Record<string, unknown>;
};

const healthUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/health');

async function askHealth(url: string, timeoutMs: number): Promise<SubgraphHealth> {
  try {
    const response = await fetch(healthUrl(url), { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await response.json()) as Omit<SubgraphHealth, 'status'>;
    return { status: response.ok ? 'ok' : 'degraded', ...body };
  } catch (error) {
    return { status: 'down', checks: { reachable: (error as Error).message } };
  }
}

/**
 * The gateway's /health: it answers whenever it serves (200), and says which parts behind it are degraded (a
 * subgraph without Redis, whose events or reports do not update) or down, with what each subgraph reports as
 * work in progress (the demonstration history import), so that an operator reads it all in one place.
 */
export async function federationHealth(
  subgraphUrls: Record<string, string>,
  registry: DossiersRegistry,
  timeoutMs: number,
) {
  const targets: Record<string, string> = { ...subgraphUrls };
  for (const instance of registry.instances()) {
    if (instance.url !== subgraphUrls.dossiers) targets[`dossiers-${instance.name}`] = instance.url;
  }
  const entries = await Promise.all(
    Object.entries(targets).map(async ([name, url]) => [name, await askHealth(url, timeoutMs)] as const),
  );
  const subgraphs = Object.fromEntries(entries);
  const degraded = Object.fromEntries(
    entries
      .filter(([, health]) => health.status !== 'ok')
      .map(([name, health]) => [
        name,
        Object.fromEntries(Object.entries(health.checks ?? {}).filter(([, value]) => value !== 'ok')),
      ]),
  );
  return {
    service: 'gateway',
    status: Object.keys(degraded).length === 0 ? 'ok' : 'degraded',
    ...(Object.keys(degraded).length > 0 ? { degraded } : {}),
    subgraphs,
  };
}
