import type { Logger } from './logger';

/** Past this, a closer that hangs (a socket that never drains) no longer keeps the process alive. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

/**
 * On SIGINT or SIGTERM, run the closers in reverse order of registration (stop taking requests before closing
 * the database they use), then exit. A second signal exits at once.
 */
export function onShutdown(logger: Logger, closers: Array<() => Promise<unknown>>): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown timed out');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    for (const close of [...closers].reverse()) {
      try {
        await close();
      } catch (error) {
        logger.error({ err: error }, 'error while shutting down');
      }
    }
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
