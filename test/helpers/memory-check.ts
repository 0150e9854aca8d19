import { expect } from "vitest";
import type { MountedAdapter } from "../../adapters/http/mounted-adapter.ts";

/** Runs `task(i)` for i in 0..count-1, `concurrency` at a time. */
export async function pool(count: number, concurrency: number, task: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

/**
 * Every in-memory store of `adapter` is within its maximum (`max`), and the stores every event
 * adds to are full: old entries were dropped, not kept.
 */
export function expectBoundedStores(adapter: MountedAdapter | undefined, max: number, fullStores: string[]) {
  const stores = adapter?.stores() ?? {};
  expect(Object.keys(stores).length).toBeGreaterThan(0);
  for (const [name, store] of Object.entries(stores)) {
    expect(store.max, name).toBe(max);
    expect(store.size, name).toBeLessThanOrEqual(store.max);
  }
  for (const name of fullStores) expect(stores[name]?.size, name).toBe(max);
  return stores;
}
