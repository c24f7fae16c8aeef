type DemoHistory = { imported: number; skipped: number; of: number; done: boolean };

const POLL_MS = 2_000;

/**
 * The demonstration history (Lai Vung 2019) is imported by the dossiers services in the background, after they
 * answer: says once that it is under way and how far, and once when it is done. The figure is in /health too.
 */
export function watchHistoryImport(healthUrls: string[], say: (line: string) => void): () => Promise<void> {
  let announced = false;
  let stopped = false;
  const read = async (url: string) =>
    fetch(url, { signal: AbortSignal.timeout(2_000) })
      .then(async (response) => (await response.json()) as { progress?: { demoHistory?: DemoHistory } })
      .then((health) => health.progress?.demoHistory ?? null)
      .catch(() => null);
  void (async () => {
    while (!stopped) {
      const states = await Promise.all(healthUrls.map(read));
      const known = states.filter((state): state is DemoHistory => state !== null);
      const total = known.reduce((sum, state) => sum + state.of, 0);
      const loaded = known.reduce((sum, state) => sum + state.imported + state.skipped, 0);
      if (known.length === healthUrls.length && known.every((state) => state.done)) {
        if (announced) say(`✓ 2019 history imported: ${loaded} dossiers; reports of 2019 are complete`);
        return;
      }
      if (!announced && known.length > 0) {
        announced = true;
        say(`… 2019 history importing in the background: ${loaded} of ${total} so far (progress in /health)`);
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  })();
  return async () => {
    stopped = true;
  };
}
