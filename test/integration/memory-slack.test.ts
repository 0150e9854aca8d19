/**
 * Memory stays flat over 10,000 faulty Slack events: 1,000 questions, each from a new person in a
 * new channel, answered through a Web API that fails every reply (500, three attempts each), and
 * 3,000 redeliveries of them, 3,000 forged or stale signatures and 3,000 signed but malformed
 * bodies. Every in-memory store the adapter keeps (recent event claims, locales, recent
 * lookups, rate-limit windows, work in flight) is counted through MountedAdapter.stores()
 * and must stay within MAX_TRACKED_KEYS (500 here: 1,000 distinct keys overflow every store).
 * Entries are counted, not bytes: the heap is V8's business, the number of entries is ours.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type FakeSlackApi,
  SIGNING_SECRET,
  slackSender,
  slackSignature,
  slackTestEnv,
  startFakeSlackApi,
} from "../fakes/fake-slack-api.ts";
import { expectBoundedStores, pool } from "../helpers/memory-check.ts";
import { startTestApp } from "../helpers/test-app.ts";
import { waitFor } from "../helpers/wait-for.ts";

const EVENTS = 10_000;
const MAX_TRACKED_KEYS = 500;

let fake: FakeSlackApi;
let dataDir: string;
let started: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  fake = await startFakeSlackApi();
  dataDir = await mkdtemp(path.join(tmpdir(), "errdesk-memory-"));
  started = await startTestApp({
    ...slackTestEnv(fake, dataDir),
    LOG_LEVEL: "error",
    MAX_TRACKED_KEYS: String(MAX_TRACKED_KEYS),
    RATE_LIMIT_USER_PER_MINUTE: "10",
    RATE_LIMIT_CHANNEL_PER_MINUTE: "30",
  });
});

afterAll(async () => {
  await started?.app.stop();
  await fake?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe("10,000 faulty Slack events", () => {
  it("keep every store within MAX_TRACKED_KEYS, and errdesk answers afterwards", {
    timeout: 240_000,
  }, async () => {
    const { app, logs } = started;
    const url = `${app.url}/slack/events`;
    const slack = slackSender(url);
    const post = async (body: string, headers: Record<string, string>) =>
      (
        await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body,
        })
      ).status;
    fake.failNext(Number.MAX_SAFE_INTEGER, "500", { method: "chat.postMessage" });
    const questions: string[] = [];
    await pool(EVENTS, 16, async (i) => {
      const n = Math.floor(i / 10);
      const event = {
        type: "message",
        channel: `C${String(n).padStart(8, "0")}`,
        channel_type: "channel",
        user: `U${String(n).padStart(8, "0")}`,
        text: "0x80070005",
        ts: `${1_700_700_000 + n}.000100`,
      };
      const kind = i % 10;
      if (kind === 0) {
        // A question…
        expect((await slack.event(event, { eventId: `EvMem${n}` })).status).toBe(200);
        questions.push(`EvMem${n}`);
      } else if (kind <= 3) {
        // …Slack redelivering it…
        expect((await slack.event(event, { eventId: `EvMem${n}`, retryNum: kind })).status).toBe(200);
      } else if (kind <= 6) {
        // …someone forging it, or replaying it later…
        const body = JSON.stringify({ type: "event_callback", event_id: `EvForged${i}`, event });
        const headers =
          kind === 6 ? slackSignature(body, SIGNING_SECRET, 1) : slackSignature(body, `forged-${kind}`);
        expect(await post(body, headers)).toBe(401);
      } else {
        // …and signed bodies errdesk cannot use.
        const broken = JSON.stringify({
          type: "event_callback",
          event_id: `EvBad${i}`,
          event: { ...event, text: [kind] },
        });
        expect(await post(broken, slackSignature(broken))).toBe(400);
      }
    });
    expect(questions).toHaveLength(1_000);
    const slackAdapter = app.adapters.find((a) => a.name === "slack");
    // Every question's reply is tried three times and given up on, with its event id.
    await waitFor(
      () =>
        logs.lines.filter((l) => l.msg === "Slack chat.postMessage failed").length >= questions.length &&
        slackAdapter?.stores()["slack.inFlight"]?.size === 0,
      "every reply tried and given up on",
      120_000,
    );
    const failed = new Set(
      logs.lines.filter((l) => l.msg === "Slack chat.postMessage failed").map((l) => l.eventId),
    );
    expect(questions.every((id) => failed.has(id))).toBe(true);
    // Event ids and answered messages are claimed in the store (a database, not memory); the copy
    // kept in memory for when the store is away is bounded like the rest.
    expectBoundedStores(slackAdapter, MAX_TRACKED_KEYS, [
      "store.recentClaims",
      "slack.locales",
      "slack.recentLookups",
      "slack.rateLimit.users",
      "slack.rateLimit.channels",
    ]);

    fake.clearFaults();
    const after = {
      type: "message",
      channel: "D00AFTER",
      channel_type: "im",
      user: "U00AFTER",
      text: "0x80070005",
      ts: "1800000000.000100",
    };
    await slack.event(after);
    await fake.waitFor(
      () => fake.delivered("chat.postMessage").find((c) => c.body.channel === "D00AFTER"),
      "an answer after the run",
    );
  });
});
