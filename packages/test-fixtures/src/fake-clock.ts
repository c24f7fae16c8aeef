/**
 * The suite may run under libfaketime (`.ci/suite-at-clock` sets a Vietnamese office hour for every process under
 * test). redis-server and Chromium do not start under it, and neither decides anything by the hour (Redis only
 * times keys out; the services, not the page, date every step), so they are started on the real clock.
 */
export function withoutFakeClock(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && entry[0] !== 'LD_PRELOAD' && entry[0] !== 'FAKETIME',
    ),
  );
}
