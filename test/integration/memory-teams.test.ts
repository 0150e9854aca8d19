/**
 * Memory stays flat over 10,000 faulty Teams activities: 1,000 questions, each from a new person in
 * a new personal chat or channel, answered through a Bot Connector that throttles every reply (429,
 * Retry-After: 0, three attempts each), and 1,000 installs in new teams (whose welcome fails too),
 * 3,000 redeliveries and 5,000 malformed activities. Every in-memory store the adapter keeps is
 * counted through MountedAdapter.stores() and must stay within MAX_TRACKED_KEYS (500 here: the
 * distinct keys overflow every store).
 */
import { describe, expect, it } from "vitest";
import { expectBoundedStores, pool } from "../helpers/memory-check.ts";
import { useTeamsApp } from "../helpers/platform-apps.ts";

const EVENTS = 10_000;
const MAX_TRACKED_KEYS = 500;

const teams = useTeamsApp({
  LOG_LEVEL: "error",
  MAX_TRACKED_KEYS: String(MAX_TRACKED_KEYS),
  RATE_LIMIT_USER_PER_MINUTE: "10",
  RATE_LIMIT_CHANNEL_PER_MINUTE: "30",
});

describe("10,000 faulty Teams activities", () => {
  it("keep every store within MAX_TRACKED_KEYS, and errdesk answers afterwards", {
    timeout: 240_000,
  }, async () => {
    const { app, logs, connector, activities } = teams;
    connector.failNext(EVENTS * 3, { status: 429, retryAfterSeconds: 0 });
    const post = async (activity: unknown) =>
      (
        await fetch(`${app.url}/api/messages`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(activity),
        })
      ).status;
    const questions: string[] = [];
    await pool(EVENTS, 16, async (i) => {
      const n = Math.floor(i / 10);
      const person = { from: { id: `29:person${n}`, name: "Someone", aadObjectId: `aad-${n}` } };
      const base = n % 2 ? activities.channelMessage("0x80070005") : activities.personalMessage("0x80070005");
      const question = {
        ...base,
        ...person,
        id: `question-${n}`,
        conversation: {
          ...base.conversation,
          id: n % 2 ? `19:channel${n}@thread.tacv2;messageid=1` : `a:chat${n}`,
        },
      };
      const kind = i % 10;
      if (kind === 0) {
        // A question in a personal chat or a channel…
        expect(await post(question)).toBe(200);
        questions.push(question.id);
      } else if (kind === 1) {
        // …errdesk added to a new team, whose welcome fails like every reply…
        expect(
          await post({ ...activities.botAdded(), conversation: { id: `19:team${n}@thread.tacv2` } }),
        ).toBe(200);
      } else if (kind <= 4) {
        // …redeliveries (of a question that may still be in flight)…
        expect(await post(question)).toBe(200);
      } else {
        // …and malformed activities.
        expect(await post({ ...question, id: `bad-${i}`, conversation: { id: kind } })).toBe(400);
      }
    });
    const gaveUp = new Set(
      logs.lines.filter((l) => l.msg === "Bot Connector call failed; giving up").map((l) => l.activityId),
    );
    expect(questions.every((id) => gaveUp.has(id))).toBe(true);
    expectBoundedStores(
      app.adapters.find((a) => a.name === "teams"),
      MAX_TRACKED_KEYS,
      // Activity ids and welcomes are claimed in the store (a database); the copy kept in memory
      // for when it is away is bounded like the rest.
      ["store.recentClaims", "teams.rateLimit.users", "teams.rateLimit.channels"],
    );

    connector.clearFaults();
    const after = activities.personalMessage("0x80070005");
    expect(await post(after)).toBe(200);
    expect(connector.delivered("POST").filter((c) => c.activity.replyToId === after.id)).toHaveLength(1);
  });
});
