import { ConfigError } from './config';

/**
 * Entry point wrapper for every process: a configuration problem prints its one-line message, anything else
 * prints the error, and both exit with status 1.
 */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) console.error(error.message);
    else console.error(error);
    process.exit(1);
  });
}
