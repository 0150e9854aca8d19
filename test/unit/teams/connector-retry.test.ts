import { describe, expect, it } from "vitest";
import { describeFault } from "../../../adapters/teams/bot-framework.ts";
import {
  ConnectorError,
  type ConnectorFault,
  type RetryPolicy,
  withRetry,
} from "../../../adapters/teams/connector-retry.ts";
import type { Logger } from "../../../src/index.ts";

/** Milliseconds instead of seconds, so the test runs fast; the logic is the same. */
const FAST: RetryPolicy = {
  attempts: 3,
  timeoutMs: 50,
  baseDelayMs: 1,
  maxRetryAfterMs: 20,
  deadlineMs: 1_000,
};

function recordingLogger() {
  const lines: { level: string; fields: Record<string, unknown>; msg: string }[] = [];
  const at = (level: string) => (fields: Record<string, unknown>, msg: string) =>
    lines.push({ level, fields, msg });
  return { lines, logger: { warn: at("warn"), error: at("error") } as unknown as Logger };
}

/** A call that fails with the given faults in turn, then succeeds. */
function flaky(faults: (ConnectorFault | "hang")[]) {
  let calls = 0;
  const call = () => {
    const fault = faults[calls++];
    if (fault === "hang") return new Promise<string>(() => {});
    return fault ? Promise.reject(fault) : Promise.resolve("sent");
  };
  return { call, calls: () => calls };
}

const options = (logger: Logger) => ({
  policy: FAST,
  describe: (e: unknown) => e as ConnectorFault,
  logger,
  fields: { activityId: "act-1", op: "send" },
});

describe("retrying Bot Connector calls", () => {
  it("retries a 429 after its Retry-After and a 500 after a backoff, logging each with the activity id", async () => {
    const { lines, logger } = recordingLogger();
    const op = flaky([
      { status: 429, retryAfterMs: 5, message: "throttled" },
      { status: 500, message: "boom" },
    ]);
    await expect(withRetry(op.call, options(logger))).resolves.toBe("sent");
    expect(op.calls()).toBe(3);
    expect(lines.map((l) => [l.level, l.fields.activityId, l.fields.status, l.fields.retryInMs])).toEqual([
      ["warn", "act-1", 429, 5],
      ["warn", "act-1", 500, 2],
    ]);
  });

  it("gives up after the last attempt with a ConnectorError and one error line", async () => {
    const { lines, logger } = recordingLogger();
    const op = flaky(Array(5).fill({ status: 503, message: "down" }));
    const failure = await withRetry(op.call, options(logger)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ConnectorError);
    expect((failure as ConnectorError).attempts).toBe(3);
    expect(op.calls()).toBe(3);
    expect(lines.filter((l) => l.level === "error").map((l) => l.fields)).toEqual([
      expect.objectContaining({ activityId: "act-1", op: "send", status: 503, attempts: 3 }),
    ]);
  });

  it("cuts a call that never answers and tries again", async () => {
    const { lines, logger } = recordingLogger();
    const op = flaky(["hang"]);
    await expect(withRetry(op.call, options(logger))).resolves.toBe("sent");
    expect(lines[0]?.fields).toMatchObject({ activityId: "act-1", timedOut: true });
  });

  it("does not retry a 4xx, nor wait for a Retry-After beyond its limit", async () => {
    for (const fault of [
      { status: 404, message: "gone" },
      { status: 429, retryAfterMs: 60_000, message: "come back in a minute" },
    ]) {
      const { logger } = recordingLogger();
      const op = flaky([fault]);
      await expect(withRetry(op.call, options(logger))).rejects.toBeInstanceOf(ConnectorError);
      expect(op.calls()).toBe(1);
    }
  });

  it("reads status and Retry-After (seconds or a date) from what botbuilder throws", () => {
    const restError = (status: number, retryAfter?: string) =>
      Object.assign(new Error("x"), {
        statusCode: status,
        response: { headers: { get: (n: string) => (n === "retry-after" ? retryAfter : undefined) } },
      });
    expect(describeFault(restError(429, "2"))).toMatchObject({ status: 429, retryAfterMs: 2000 });
    expect(describeFault(restError(500))).toEqual({ status: 500, message: "x" });
    const inOneMinute = new Date(Date.now() + 60_000).toUTCString();
    expect(describeFault(restError(503, inOneMinute)).retryAfterMs).toBeGreaterThan(30_000);
    expect(describeFault(Object.assign(new Error("aborted"), { name: "AbortError" }))).toMatchObject({
      timedOut: true,
    });
  });
});
