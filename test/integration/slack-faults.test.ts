/**
 * The Slack Web API misbehaving: 429 with Retry-After, 500, or no answer at all. errdesk retries a
 * bounded number of times, logs each failure with the event id (never the token or the message
 * text), does not crash, and answers the next message.
 */

import { beforeAll, describe, expect, it } from "vitest";
import { BOT_TOKEN, SIGNING_SECRET } from "../fakes/fake-slack-api.ts";
import { useSlackApp } from "../helpers/platform-apps.ts";

const CHANNEL = "C00FAKEFAULT";
const slack = useSlackApp();
let clock = 1_700_200_000;

const codeMessage = (text: string) => ({
  type: "message",
  channel: CHANNEL,
  channel_type: "channel",
  user: "U00FAKEUSER1",
  text,
  ts: `${clock++}.000100`,
});
const attempts = (ts: string) =>
  slack.fake.callsTo("chat.postMessage").filter((c) => c.body.thread_ts === ts);
const replyIn = (ts: string) =>
  slack.fake.waitFor(
    () => slack.fake.delivered("chat.postMessage").find((c) => c.body.thread_ts === ts),
    `a reply in ${ts}`,
  );

/** Sends a message and waits until it is answered: errdesk is alive and answering. */
async function answersNextMessage(): Promise<void> {
  const next = codeMessage("and now 0x80004005");
  await slack.send.event(next);
  await replyIn(next.ts);
}

beforeAll(async () => {
  // The asker's locale is cached first, so the faults below hit chat.postMessage only.
  slack.fake.setUser("U00FAKEUSER1", { locale: "en-US" });
  const warm = codeMessage("0x80070005");
  await slack.send.event(warm);
  await replyIn(warm.ts);
});

describe("Slack Web API faults", () => {
  it("waits out a 429 with Retry-After and then replies", async () => {
    slack.fake.failNext(1, "429", { method: "chat.postMessage", retryAfter: 1 });
    const event = codeMessage("0x80090311 please");
    const { eventId } = await slack.send.event(event);
    await replyIn(event.ts);
    expect(attempts(event.ts).map((c) => c.fault ?? "ok")).toEqual(["429", "ok"]);
    const warning = await slack.logs.waitFor(
      (l) => l.eventId === eventId && l.attempt === 1,
      "the failed attempt",
    );
    expect(warning).toMatchObject({ level: 40, method: "chat.postMessage", retriesLeft: 2 });
    expect(JSON.stringify(warning.error)).toContain("rate limit");
  });

  it("gives up after three 500s, logs it with the event id, and answers the next message", async () => {
    slack.fake.failNext(3, "500", { method: "chat.postMessage" });
    const event = codeMessage("0xC0000005 crash");
    const { eventId } = await slack.send.event(event);
    const failed = await slack.logs.waitFor(
      (l) => l.eventId === eventId && l.msg === "Slack chat.postMessage failed",
      "the final failure",
    );
    expect(failed).toMatchObject({ level: 50, error: { statusCode: 500 } });
    expect(attempts(event.ts).map((c) => c.fault)).toEqual(["500", "500", "500"]);
    expect(
      slack.logs.lines.filter((l) => l.eventId === eventId && typeof l.attempt === "number"),
    ).toHaveLength(3);
    await answersNextMessage();
  });

  it("times out when Slack does not answer, retries a bounded number of times, and carries on", async () => {
    slack.fake.failNext(3, "hang", { method: "chat.postMessage" });
    const event = codeMessage("System error 1326 on the file server");
    const { eventId } = await slack.send.event(event);
    await slack.logs.waitFor(
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
    const { eventId } = await slack.send.event(event);
    await replyIn(event.ts);
    await slack.logs.waitFor((l) => l.eventId === eventId && l.msg === "slack event handled", "the outcome");
    const all = slack.logs.text();
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
    const aboveDebug = slack.logs.lines.filter((l) => Number(l.level) > 20).map((l) => JSON.stringify(l));
    expect(aboveDebug.filter((l) => l.includes("zebra-unicorn"))).toEqual([]);
    expect(all).toContain("zebra-unicorn");
  });
});
