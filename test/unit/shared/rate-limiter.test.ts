import { describe, expect, it } from "vitest";
import { createRateLimiter } from "../../../adapters/shared/rate-limiter.ts";

describe("the rate limiter", () => {
  it("allows `limit` answers per rolling minute per user, with one notice per burst", () => {
    let now = 0;
    const limiter = createRateLimiter(
      { userPerMinute: 3, channelPerMinute: 0 },
      { maxKeys: 100, now: () => now },
    );
    const decisions = [0, 10_000, 20_000, 30_000, 40_000, 50_000].map((t) => {
      now = t;
      return limiter.take("U1");
    });
    expect(decisions).toEqual([
      { allowed: true },
      { allowed: true },
      { allowed: true },
      { allowed: false, limit: "user", notice: true },
      { allowed: false, limit: "user", notice: false },
      { allowed: false, limit: "user", notice: false },
    ]);
    // The window slides: a minute after the first answer, one more is allowed, then a new notice.
    now = 60_000;
    expect(limiter.take("U1")).toEqual({ allowed: true });
    expect(limiter.take("U1")).toEqual({ allowed: false, limit: "user", notice: true });
    expect(limiter.take("U2")).toEqual({ allowed: true });
  });

  it("counts refused questions for nothing, so a flood does not extend itself", () => {
    let now = 0;
    const limiter = createRateLimiter(
      { userPerMinute: 1, channelPerMinute: 0 },
      { maxKeys: 100, now: () => now },
    );
    expect(limiter.take("U1").allowed).toBe(true);
    for (now = 1_000; now < 60_000; now += 1_000) expect(limiter.take("U1").allowed).toBe(false);
    now = 60_000;
    expect(limiter.take("U1").allowed).toBe(true);
  });

  it("limits a channel across its users, and leaves other channels alone", () => {
    const limiter = createRateLimiter(
      { userPerMinute: 10, channelPerMinute: 3 },
      { maxKeys: 100, now: () => 0 },
    );
    const results = ["U1", "U2", "U3", "U4", "U5"].map((user) => limiter.take(user, "C1"));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false, false]);
    expect(results[3]).toEqual({ allowed: false, limit: "channel", notice: true });
    expect(results[4]).toEqual({ allowed: false, limit: "channel", notice: false });
    expect(limiter.take("U4", "C2").allowed).toBe(true);
    // An answer only the asker sees (no channel) counts against the user alone.
    expect(limiter.take("U5").allowed).toBe(true);
  });

  it("turns a limit off with 0", () => {
    const limiter = createRateLimiter(
      { userPerMinute: 0, channelPerMinute: 0 },
      { maxKeys: 10, now: () => 0 },
    );
    for (let i = 0; i < 1_000; i++) expect(limiter.take("U1", "C1").allowed).toBe(true);
    expect(limiter.sizes()).toEqual({ users: 0, channels: 0 });
  });

  it("holds at most maxKeys users and channels, dropping the least recently seen", () => {
    const limiter = createRateLimiter(
      { userPerMinute: 1, channelPerMinute: 1 },
      { maxKeys: 50, now: () => 0 },
    );
    for (let i = 0; i < 10_000; i++) limiter.take(`U${i}`, `C${i}`);
    expect(limiter.sizes()).toEqual({ users: 50, channels: 50 });
    expect(limiter.take("U9999", "C0").allowed).toBe(false);
  });
});
