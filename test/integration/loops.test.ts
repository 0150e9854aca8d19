/**
 * errdesk never answers itself or another bot, in any kind of conversation, on either platform:
 * two bots answering each other never stop. Each case is sent over HTTP, its outcome (the debug
 * line that says why it was skipped) awaited, and the fakes checked for silence.
 */
import { describe, expect, it } from "vitest";
import { FAKE } from "../fakes/fake-bot-connector.ts";
import { BOT } from "../fakes/fake-slack-api.ts";
import { useSlackApp, useTeamsApp } from "../helpers/platform-apps.ts";

/** errdesk's own reply as it comes back to it: the text of a card, with the code in it. */
const OWN_TEXT = "Error codes: 0x80070005 E_ACCESSDENIED";

describe("Slack", () => {
  const slack = useSlackApp();
  let clock = 1_700_500_000;

  const channel = (extra: Record<string, unknown>) => ({
    type: "message",
    channel: "C00FAKELOOP",
    channel_type: "channel",
    text: OWN_TEXT,
    ts: `${clock++}.000100`,
    ...extra,
  });

  const cases: [string, () => Record<string, unknown>, string][] = [
    [
      "errdesk's own answer (its bot id and user id)",
      () => channel({ user: BOT.userId, bot_id: BOT.botId }),
      "bot message",
    ],
    ["a message from errdesk's user without a bot id", () => channel({ user: BOT.userId }), "own message"],
    [
      "another bot's message (bot_id)",
      () => channel({ user: "U00OTHERBOT", bot_id: "B00OTHERBOT" }),
      "bot message",
    ],
    [
      "a bot_message without a user",
      () => channel({ subtype: "bot_message", bot_id: "B00OTHERBOT" }),
      "bot message",
    ],
    [
      "another bot's thread broadcast",
      () =>
        channel({
          subtype: "thread_broadcast",
          user: "U00OTHERBOT",
          bot_id: "B00OTHERBOT",
          thread_ts: "1.1",
        }),
      "bot message",
    ],
    [
      "another bot in a DM",
      () =>
        channel({ channel: "D00FAKELOOP", channel_type: "im", user: "U00OTHERBOT", bot_id: "B00OTHERBOT" }),
      "bot message",
    ],
    [
      "errdesk in its own DM",
      () => channel({ channel: "D00FAKELOOP", channel_type: "im", user: BOT.userId }),
      "own message",
    ],
    [
      "an app_mention from another bot",
      () =>
        channel({
          type: "app_mention",
          text: `<@${BOT.userId}> ${OWN_TEXT}`,
          user: "U00OTHERBOT",
          bot_id: "B00OTHERBOT",
        }),
      "bot message",
    ],
    [
      "an app_mention from errdesk itself",
      () => channel({ type: "app_mention", text: `<@${BOT.userId}> ${OWN_TEXT}`, user: BOT.userId }),
      "own message",
    ],
  ];

  it.each(cases)("never answers %s", async (_name, make, reason) => {
    const event = make();
    const { eventId } = await slack.send.event(event);
    const outcome = await slack.logs.waitFor(
      (l) => l.eventId === eventId && l.msg === "slack event handled",
      "the outcome",
    );
    expect(outcome.outcome).toBe(reason);
    const replies = slack.fake.calls.filter(
      (c) =>
        ["chat.postMessage", "chat.postEphemeral"].includes(c.method) && c.body.channel === event.channel,
    );
    expect(replies).toEqual([]);
  });

  it("still answers a person who pastes the same text", async () => {
    const event = channel({ user: "U00FAKEUSER1" });
    await slack.send.event(event);
    await slack.fake.waitFor(
      () => slack.fake.delivered("chat.postMessage").find((c) => c.body.thread_ts === event.ts),
      "the answer to a person",
    );
  });
});

describe("Teams", () => {
  const teams = useTeamsApp({ LOG_LEVEL: "debug" });

  const cases: [string, () => { id: string }, string][] = [
    [
      "its own message (from = recipient)",
      () => teams.activities.personalMessage(OWN_TEXT, { from: { id: FAKE.botId, name: FAKE.botName } }),
      "own message",
    ],
    [
      "another bot (role bot)",
      () => teams.activities.personalMessage(OWN_TEXT, { from: { id: "29:1SOMEONE", role: "bot" } }),
      "bot message",
    ],
    [
      "another bot (a 28: id)",
      () =>
        teams.activities.personalMessage(OWN_TEXT, {
          from: { id: "28:11111111-2222-4333-8444-555555555555" },
        }),
      "bot message",
    ],
    [
      "a bot that mentions it in a channel",
      () => ({ ...teams.activities.channelMessage(OWN_TEXT), from: { id: "28:other-bot", role: "bot" } }),
      "bot message",
    ],
    [
      "itself in a channel",
      () => ({ ...teams.activities.channelMessage(OWN_TEXT), from: { id: FAKE.botId } }),
      "own message",
    ],
  ];

  it.each(cases)("never answers %s", async (_name, make, reason) => {
    const activity = make();
    await teams.post(activity);
    expect(teams.logs.lines).toContainEqual(
      expect.objectContaining({ activityId: activity.id, msg: "message ignored", reason }),
    );
    expect(teams.connector.calls.filter((c) => c.activity.replyToId === activity.id)).toEqual([]);
  });

  it("still answers a person who pastes the same text", async () => {
    const activity = teams.activities.personalMessage(OWN_TEXT);
    await teams.post(activity);
    expect(
      teams.connector.delivered("POST").filter((c) => c.activity.replyToId === activity.id),
    ).toHaveLength(1);
  });
});
