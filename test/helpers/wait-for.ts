type Maybe<T> = T | undefined | null | false;

/** Polls `check` until it returns something truthy, or fails with `what` after `timeoutMs`. */
export async function waitFor<T>(
  check: () => Maybe<T> | Promise<Maybe<T>>,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
