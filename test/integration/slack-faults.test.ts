/**
 * The Slack Web API misbehaving: 429 with Retry-After, 500, or no answer at all. errdesk retries a
 * bounded number of times, logs each failure with the event id (never the token or the message
 * text), does not crash, and answers the next message.
 */

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BOT_TOKEN,
  type FakeSlackApi,
  SIGNING_SECRET,
  type StartedErrdesk,
  slackSender,
  slackTestEnv,
  startErrdesk,
  startFakeSlackApi,
} from "../fakes/fake-slack-api.ts";
import { captureLogs } from "../helpers/log-capture.ts";

const CHANNEL = "C00FAKEFAULT";
let fake: FakeSlackApi;
let app: StartedErrdesk;
let slack: ReturnType<typeof slackSender>;
let dataDir: string;
const logs = captureLogs();
let clock = 1_700_200_000;

const codeMessage = (text: string) => ({
  type: "message",
  channel: CHANNEL,
  channel_type: "channel",
  user: "U00FAKEUSER1",
  text,
  ts: `${clock++}.000100`,
});
const attempts = (ts: string) => fake.callsTo("chat.postMessage").filter((c) => c.body.thread_ts === ts);
const replyIn = (ts: string) =>
  fake.waitFor(
    () => fake.delivered("chat.postMessage").find((c) => c.body.thread_ts === ts),
    `a reply in ${ts}`,
  );

/** Sends a message and waits until it is answered: errdesk is alive and answering. */
async function answersNextMessage(): Promise<void> {
  const next = codeMessage("and now 0x80004005");
  await slack.event(next);
  await replyIn(next.ts);
}

beforeAll(async () => {
  fake = await startFakeSlackApi();
  dataDir = await mkdtemp(path.join(tmpdir(), "errdesk-slack-faults-"));
  app = await startErrdesk(slackTestEnv(fake, dataDir), logs.destination);
  slack = slackSender(app.eventsUrl);
  await logs.waitFor((l) => l.msg === "Slack: signed in", "auth.test at start");
  // The asker's locale is cached first, so the faults below hit chat.postMessage only.
  fake.setUser("U00FAKEUSER1", { locale: "en-US" });
  const warm = codeMessage("0x80070005");
  await slack.event(warm);
  await replyIn(warm.ts);
});

afterAll(async () => {
  await app?.stop();
  await fake?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe("Slack Web API faults", () => {
  it("waits out a 429 with Retry-After and then replies", async () => {
    fake.failNext(1, "429", { method: "chat.postMessage", retryAfter: 1 });
    const event = codeMessage("0x80090311 please");
    const { eventId } = await slack.event(event);
    await replyIn(event.ts);
    expect(attempts(event.ts).map((c) => c.fault ?? "ok")).toEqual(["429", "ok"]);
    const warning = await logs.waitFor((l) => l.eventId === eventId && l.attempt === 1, "the failed attempt");
    expect(warning).toMatchObject({ level: 40, method: "chat.postMessage", retriesLeft: 2 });
    expect(JSON.stringify(warning.error)).toContain("rate limit");
  });

  it("gives up after three 500s, logs it with the event id, and answers the next message", async () => {
    fake.failNext(3, "500", { method: "chat.postMessage" });
    const event = codeMessage("0xC0000005 crash");
    const { eventId } = await slack.event(event);
    const failed = await logs.waitFor(
      (l) => l.eventId === eventId && l.msg === "Slack chat.postMessage failed",
      "the final failure",
    );
    expect(failed).toMatchObject({ level: 50, error: { statusCode: 500 } });
    expect(attempts(event.ts).map((c) => c.fault)).toEqual(["500", "500", "500"]);
    expect(logs.lines.filter((l) => l.eventId === eventId && typeof l.attempt === "number")).toHaveLength(3);
    await answersNextMessage();
  });

  it("times out when Slack does not answer, retries a bounded number of times, and carries on", async () => {
    fake.failNext(3, "hang", { method: "chat.postMessage" });
    const event = codeMessage("System error 1326 on the file server");
    const { eventId } = await slack.event(event);
    await logs.waitFor(
      (l) => l.eventId === eventId && l.msg === "Slack chat.postMessage failed",
      "the final failure after timeouts",
      30_000,
    );
    expect(attempts(event.ts).map((c) => c.fault)).toEqual(["hang", "hang", "hang"]);
    await answersNextMessage();
  });

  it("never logs the token or the signing secret, and message text only at debug", async () => {
    const secretText = "zebra-unicorn 0x80070005";
    const event = codeMessage(secretText);
    const { eventId } = await slack.event(event);
    await replyIn(event.ts);
    await logs.waitFor((l) => l.eventId === eventId && l.msg === "slack event handled", "the outcome");
    const all = logs.text();
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
    const aboveDebug = logs.lines.filter((l) => Number(l.level) > 20).map((l) => JSON.stringify(l));
    expect(aboveDebug.filter((l) => l.includes("zebra-unicorn"))).toEqual([]);
    expect(all).toContain("zebra-unicorn");
  });
});
