import type { DossiersRegistry } from '@dvc/contracts';

/** What an operator needs to see: which instance serves which units, and whether each one answers. */
export async function registryStatus(registry: DossiersRegistry, timeoutMs: number) {
  return Promise.all(
    registry.instances().map(async (instance) => {
      const health = new URL('/health', instance.url);
      const answer = await fetch(health, { signal: AbortSignal.timeout(timeoutMs) })
        .then(async (response) => ({ ok: response.ok, detail: (await response.json()) as unknown }))
        .catch((error: Error) => ({
          ok: false,
          detail: error.name === 'TimeoutError' ? 'timed out' : 'unreachable',
        }));
      return {
        instance: instance.name,
        url: instance.url,
        units: instance.units.length > 0 ? instance.units : 'every unit not listed elsewhere',
        answers: answer.ok,
        health: answer.detail,
      };
    }),
  );
}
