/**
 * Waiting in tests for an effect that happens elsewhere (a NOTIFY reaching
 * another instance, a child process taking a request): poll for the effect
 * on a deadline instead of sleeping a fixed time, so a quick effect is not
 * waited for longer than it takes and a slow machine does not fail by luck.
 */

export const sleep = (ms: number): Promise<unknown> =>
  new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 25 ms until it is true; fails after `ms`, naming `what`. */
export async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  ms = 10_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!await check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting: ${what}`);
    await sleep(25);
  }
}
