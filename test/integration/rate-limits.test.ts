/**
 * Floods, in Slack and in Teams, with RATE_LIMIT_USER_PER_MINUTE=5 and
 * RATE_LIMIT_CHANNEL_PER_MINUTE=8: one person's 50 questions get 5 answers and exactly one notice
 * (in their language), the other 44 are logged as rate-limited; someone else in the same channel
 * is still answered until the channel's limit, then gets one notice too; another channel is not
 * affected. Counting only: each flood takes a few seconds, far inside the one-minute window.
 */
import { describe, expect, it } from "vitest";
import { RATE_LIMIT_NOTICES } from "../../adapters/shared/rate-limiter.ts";
import { type ConnectorCall, FAKE } from "../fakes/fake-bot-connector.ts";
import { useSlackApp, useTeamsApp } from "../helpers/platform-apps.ts";
import { waitFor } from "../helpers/wait-for.ts";

const LIMITS = { RATE_LIMIT_USER_PER_MINUTE: "5", RATE_LIMIT_CHANNEL_PER_MINUTE: "8" };

describe("Slack", () => {
  const slack = useSlackApp({ ...LIMITS, LOG_LEVEL: "info" });
  let clock = 1_700_300_000;

  /** Sends `count` code messages from `user` in `channel` and waits until each has been handled. */
  async function flood(user: string, channel: string, count: number) {
    const sent: { eventId: string; ts: string }[] = [];
    for (let i = 0; i < count; i++) {
      const ts = `${clock++}.000100`;
      const event = {
        type: "message",
        channel,
        channel_type: "channel",
        user,
        text: `0x80070005 again (${i})`,
        ts,
      };
      const { eventId, status } = await slack.send.event(event);
      expect(status).toBe(200);
      sent.push({ eventId, ts });
    }
    const ids = new Set(sent.map((s) => s.eventId));
    // Answered, or refused: every event ends in one of these two lines.
    await waitFor(
      () =>
        slack.logs.lines.filter(
          (l) => ids.has(String(l.eventId)) && (l.msg === "answered" || l.msg === "rate-limited"),
        ).length === count,
      `${count} events from ${user} answered or rate-limited`,
    );
    const tss = new Set(sent.map((s) => s.ts));
    await slack.fake.waitFor(
      () =>
        slack.fake.calls.filter((c) => c.method === "chat.postMessage" && tss.has(String(c.body.thread_ts)))
          .length ===
        slack.logs.lines.filter((l) => ids.has(String(l.eventId)) && l.msg === "answered").length,
      "every answer posted",
    );
    return {
      answers: slack.fake.delivered("chat.postMessage").filter((c) => tss.has(String(c.body.thread_ts))),
      notices: slack.fake
        .delivered("chat.postEphemeral")
        .filter((c) => c.body.user === user && c.body.channel === channel),
      limited: slack.logs.lines.filter((l) => ids.has(String(l.eventId)) && l.msg === "rate-limited"),
    };
  }

  it("answers one person 5 times out of 50, with exactly one notice, and logs the rest as rate-limited", async () => {
    const { answers, notices, limited } = await flood("U00FLOODER1", "C00FLOOD01", 50);
    expect(answers).toHaveLength(5);
    expect(notices.map((n) => n.body.text)).toEqual([RATE_LIMIT_NOTICES.en.user]);
    expect(notices[0]?.body.thread_ts).toBeDefined();
    expect(limited).toHaveLength(45);
    expect(limited.filter((l) => l.notice === true)).toHaveLength(1);
    expect(new Set(limited.map((l) => l.limit))).toEqual(new Set(["user"]));
    // Nothing about the messages themselves at info level.
    expect(limited.some((l) => JSON.stringify(l).includes("again ("))).toBe(false);
  });

  it("still answers someone else in that channel until the channel's limit, then one notice for them", async () => {
    const { answers, notices, limited } = await flood("U00BYSTANDR", "C00FLOOD01", 10);
    expect(answers).toHaveLength(3);
    expect(notices.map((n) => n.body.text)).toEqual([RATE_LIMIT_NOTICES.en.channel]);
    expect(limited).toHaveLength(7);
    expect(new Set(limited.map((l) => l.limit))).toEqual(new Set(["channel"]));
  });

  it("leaves other channels alone, and tells a Spanish speaker in Spanish", async () => {
    slack.fake.setUser("U00HABLANTE", { locale: "es-ES" });
    const { answers, notices } = await flood("U00HABLANTE", "C00FLOOD02", 7);
    expect(answers).toHaveLength(5);
    expect(notices.map((n) => n.body.text)).toEqual([RATE_LIMIT_NOTICES.es.user]);
  });
});

describe("Teams", () => {
  const teams = useTeamsApp(LIMITS);

  const isNotice = (c: ConnectorCall) =>
    Object.values(RATE_LIMIT_NOTICES).some(
      (n) => c.activity.summary === n.user || c.activity.summary === n.channel,
    );

  async function flood(messages: { id: string }[]) {
    for (const m of messages) await teams.post(m);
    const ids = new Set(messages.map((m) => m.id));
    const replies = teams.connector.delivered("POST").filter((c) => ids.has(String(c.activity.replyToId)));
    return {
      answers: replies.filter((c) => !isNotice(c)),
      notices: replies.filter(isNotice).map((c) => c.activity.summary),
      limited: teams.logs.lines.filter((l) => ids.has(String(l.activityId)) && l.msg === "rate-limited"),
    };
  }

  it("answers one person 5 times out of 50 in a personal chat, with exactly one notice", async () => {
    const { answers, notices, limited } = await flood(
      Array.from({ length: 50 }, (_, i) => teams.activities.personalMessage(`0x80070005 (${i})`)),
    );
    expect(answers).toHaveLength(5);
    expect(notices).toEqual([RATE_LIMIT_NOTICES.en.user]);
    expect(limited).toHaveLength(45);
    expect(limited.filter((l) => l.notice === true)).toHaveLength(1);
  });

  it("in a channel, answers a second person until the channel's limit, then one notice for them", async () => {
    const from = (id: string) => ({
      from: { id, name: id, aadObjectId: `00000000-0000-0000-0000-${id.slice(-12)}` },
    });
    const first = await flood(
      Array.from({ length: 6 }, (_, i) => ({
        ...teams.activities.channelMessage(`0x80070005 (${i})`),
        ...from("29:1FIRST000000"),
      })),
    );
    expect(first.answers).toHaveLength(5);
    expect(first.notices).toEqual([RATE_LIMIT_NOTICES.en.user]);
    // Another thread of the same channel: the channel's limit counts every thread together.
    const otherThread = `${FAKE.channelThread.split(";")[0]};messageid=1700000000999`;
    const second = await flood(
      Array.from({ length: 6 }, (_, i) => {
        const message = teams.activities.channelMessage(`0x80070005 (${i})`);
        return {
          ...message,
          ...from("29:1SECOND00000"),
          conversation: { ...message.conversation, id: otherThread },
          locale: "es-ES",
        };
      }),
    );
    expect(second.answers).toHaveLength(3);
    expect(second.notices).toEqual([RATE_LIMIT_NOTICES.es.channel]);
    expect(new Set(second.limited.map((l) => l.limit))).toEqual(new Set(["channel"]));
  });
});
