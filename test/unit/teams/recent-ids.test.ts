import { describe, expect, it } from "vitest";
import { createRecentIds } from "../../../adapters/teams/recent-ids.ts";

describe("recent ids", () => {
  it("remembers an id until its time is up", () => {
    let now = 0;
    const ids = createRecentIds({ ttlMs: 100, max: 10, now: () => now });
    expect(ids.seen("a")).toBe(false);
    expect(ids.seen("a")).toBe(true);
    now = 150;
    expect(ids.seen("a")).toBe(false);
  });

  it("forgets the oldest ids beyond its size", () => {
    const ids = createRecentIds({ ttlMs: 1_000, max: 2, now: () => 0 });
    for (const id of ["a", "b", "c"]) ids.seen(id);
    expect(ids.seen("c")).toBe(true);
    expect(ids.seen("a")).toBe(false);
  });
});
