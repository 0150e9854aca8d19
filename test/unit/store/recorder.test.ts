/**
 * Privacy and resilience where the adapters meet the store: hashed ids, text only when allowed,
 * a salt that is generated once and kept, a failing store that never stops an answer, and the
 * clean-up job's timer.
 */
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openStore } from "../../../adapters/store/open-store.ts";
import { createRecorder } from "../../../adapters/store/recorder.ts";
import { startRetention } from "../../../adapters/store/retention.ts";
import { hashUser, loadSalt, SALT_FILE } from "../../../adapters/store/salt.ts";
import { createLogger, type Store } from "../../../src/index.ts";
import { realErrdesk } from "../../helpers/errdesk.ts";
import { captureLogs } from "../../helpers/log-capture.ts";
import { DAY, NOW } from "./seed.ts";

let dataDir: string;
let store: Store;
const logger = createLogger({ level: "silent" });

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "errdesk-recorder-"));
  store = await openStore({ dataDir }, logger);
});
afterEach(async () => {
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe("salt", () => {
  it("is generated once in development, kept private in the data folder, and reused", async () => {
    const first = await loadSalt(dataDir);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect((await stat(path.join(dataDir, SALT_FILE))).mode & 0o777).toBe(0o600);
    expect(await loadSalt(dataDir)).toBe(first);
    expect(await loadSalt(dataDir, "configured-salt")).toBe("configured-salt");
  });

  it("gives a stable hash that is not the id and differs by salt and platform", () => {
    const h = hashUser("s1", "slack", "U00FAKEUSER1");
    expect(h).toMatch(/^[0-9a-f]{32}$/);
    expect(h).toBe(hashUser("s1", "slack", "U00FAKEUSER1"));
    expect(h).not.toBe(hashUser("s2", "slack", "U00FAKEUSER1"));
    expect(h).not.toBe(hashUser("s1", "teams", "U00FAKEUSER1"));
  });
});

describe("recorder", () => {
  const text = "0xC0000034 on the file server, my name is Ana";

  it("stores no question text and no user id unless STORE_QUERY_TEXT is on", async () => {
    const { errdesk } = await realErrdesk();
    const input = {
      platform: "slack" as const,
      userId: "U00FAKEUSER1",
      channelKind: "direct" as const,
      text,
      answer: errdesk.answer(text),
      startedAt: Date.now(),
    };
    await createRecorder(store, { salt: "s", keepQueryText: false, logger }).answered(input);
    const db = await readFile(path.join(dataDir, "errdesk.db"));
    const wal = await readFile(path.join(dataDir, "errdesk.db-wal")).catch(() => Buffer.alloc(0));
    const bytes = Buffer.concat([db, wal]).toString("latin1");
    expect(bytes).toContain("0xC0000034");
    expect(bytes).not.toContain("my name is Ana");
    expect(bytes).not.toContain("U00FAKEUSER1");
    expect(bytes).toContain(hashUser("s", "slack", "U00FAKEUSER1"));

    await createRecorder(store, { salt: "s", keepQueryText: true, logger }).answered({
      ...input,
      answer: errdesk.answer("the printer hums at lunch"),
      text: "the printer hums at lunch",
    });
    const report = await store.report({ since: 0, until: Date.now() + 1 });
    expect(report.unmatched.samples).toEqual([{ text: "the printer hums at lunch", asks: 1 }]);
  });

  it("lets only the voter comment on a vote", async () => {
    const { errdesk } = await realErrdesk();
    const recorder = createRecorder(store, { salt: "s", keepQueryText: false, logger });
    const action = {
      type: "feedback" as const,
      helpful: false,
      value: "0x80070005",
      family: "hresult" as const,
    };
    const id = await recorder.feedback({
      platform: "teams",
      userId: "29:ana",
      action,
      answer: errdesk.answerAction(action),
    });
    expect(id).toBeDefined();
    const feedbackId = id ?? "";
    expect(
      await recorder.comment({ platform: "teams", userId: "29:bob", feedbackId, comment: "forged" }),
    ).toBe(false);
    expect(await recorder.comment({ platform: "teams", userId: "29:ana", feedbackId, comment: "   " })).toBe(
      false,
    );
    expect(
      await recorder.comment({ platform: "teams", userId: "29:ana", feedbackId, comment: "needs admin" }),
    ).toBe(true);
  });

  it("keeps answering when the store fails: writes are logged, claims fall back to memory", async () => {
    const logs = captureLogs();
    const broken = new Proxy(store, {
      get: (target, key) =>
        key === "location"
          ? "broken"
          : key === "dialect"
            ? target.dialect
            : async () => Promise.reject(new Error("connection refused")),
    });
    const recorder = createRecorder(broken, {
      salt: "s",
      keepQueryText: false,
      logger: createLogger({ destination: logs.destination }),
    });
    const { errdesk } = await realErrdesk();
    await expect(
      recorder.answered({
        platform: "slack",
        userId: "U1",
        channelKind: "channel",
        text: "0x5",
        answer: errdesk.answer("0x80070005"),
        startedAt: 0,
      }),
    ).resolves.toBeUndefined();
    expect(await recorder.claim("slack:Ev1", 60_000)).toBe(true);
    expect(await recorder.claim("slack:Ev1", 60_000)).toBe(false);
    await logs.waitFor((l) => l.msg === "store: claiming an event failed", "the claim failure");
    expect(logs.lines.find((l) => l.msg === "store: recording an answer failed")).toMatchObject({
      level: 50,
      store: "broken",
    });
  });
});

describe("retention", () => {
  it("deletes old records at start, then on an unref'd timer, until stopped", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    try {
      const purge = vi.spyOn(store, "purge");
      const retention = startRetention(store, { days: 90, logger, everyMs: 1_000, now: () => NOW });
      await retention.firstRun;
      expect(purge).toHaveBeenCalledWith(NOW - 90 * DAY, NOW);
      vi.advanceTimersByTime(3_000);
      await retention.stop();
      expect(purge).toHaveBeenCalledTimes(4);
      vi.advanceTimersByTime(5_000);
      expect(purge).toHaveBeenCalledTimes(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it("never keeps the process alive", async () => {
    const setIntervalSpy = vi.spyOn(globalThis, "setInterval");
    const retention = startRetention(store, { days: 1, logger });
    const timer = setIntervalSpy.mock.results[0]?.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    await retention.stop();
    setIntervalSpy.mockRestore();
  });
});
