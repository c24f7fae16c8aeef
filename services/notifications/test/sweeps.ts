import type { Sweeper, SweepResult } from '../src/queues/sweeper';

/**
 * Resolves when the sweeper has announced `count` more sweeps of a kind (and, for `swept`, with a result that
 * matches): a test that asserts something did not happen waits for the sweeps that could have made it happen.
 */
export function nextSweeps(
  sweeper: Sweeper,
  kind: 'swept' | 'skipped',
  count: number,
  matches: (result: SweepResult) => boolean = () => true,
  timeoutMs = 30_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = 0;
    const listener = (outcome: SweepResult | Error) => {
      if (outcome instanceof Error || matches(outcome)) seen += 1;
      if (seen < count) return;
      finish();
      resolve();
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`${count} ${kind} sweeps did not happen within ${timeoutMs} ms (saw ${seen})`));
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      sweeper.off(kind, listener);
    };
    sweeper.on(kind, listener);
  });
}
