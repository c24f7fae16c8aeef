import type { Logger } from './logger';

/**
 * Runs `task` every `seconds`. A run that takes longer than the interval delays the next one instead of overlapping
 * it, a failure is logged and the next run tries again, and the returned stop waits for a run in progress, so
 * that shutdown never closes the database under a task.
 */
export function startPeriodicTask(
  name: string,
  seconds: number,
  task: () => Promise<void>,
  logger: Logger,
  options: { runAtStart?: boolean } = {},
): () => Promise<void> {
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return;
    running = task()
      .catch((error) => logger.error({ err: error, task: name }, `${name} failed`))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(run, seconds * 1000);
  if (options.runAtStart) run();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
