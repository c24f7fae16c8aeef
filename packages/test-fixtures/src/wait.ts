/**
 * Asks `probe` every 100 ms until `done` accepts its answer, and returns that answer; after `timeoutMs` returns the
 * last answer anyway, so that the test's own assertion on it says what was wrong.
 */
export async function waitFor<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until `check` holds; throws after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const held = await waitFor(check, (value) => value, timeoutMs);
  if (!held) throw new Error('condition not met in time');
}
