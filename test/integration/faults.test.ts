/**
 * The Slack Web API and the Bot Connector failing in every way at once: 429 with Retry-After, 500,
 * connections reset, requests that hang. For each event, 0 to 3 of errdesk's attempts fail (it
 * makes 3): it is answered exactly once, or logged as failed with its id and never answered; and a
 * redelivery of the same event is never answered again. Every fault meets every number of failed
 * attempts, then a mix drawn from a fixed seed.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { CONNECTOR_RETRY } from "../../adapters/teams/connector-retry.ts";
import type { ConnectorFault } from "../fakes/fake-bot-connector.ts";
import type { Fault } from "../fakes/fake-slack-api.ts";
import { useSlackApp, useTeamsApp } from "../helpers/platform-apps.ts";

const SEED = 20261130;
const ATTEMPTS = 3;

/**
 * Every fault with 0 to 3 failed attempts out of errdesk's 3, then the same in an order and mix
 * drawn from a fixed seed. A hang costs a whole request timeout, so hangs fail one attempt only.
 */
function schedule<F>(faults: readonly F[], hang: F): { failures: number; fault: F }[] {
  const every = faults.flatMap((fault) => [0, 1, 2, 3].map((failures) => ({ failures, fault })));
  const drawn = fc.sample(
    fc.record({ failures: fc.integer({ min: 0, max: ATTEMPTS }), fault: fc.constantFrom(...faults) }),
    { seed: SEED, numRuns: 8 },
  );
  return [...every, { failures: 1, fault: hang }, ...drawn, { failures: 0, fault: hang }];
}

describe("Slack Web API faults", () => {
  const slack = useSlackApp();
  let clock = 1_700_600_000;

  beforeAll(() => {
    slack.fake.setUser("U00FAKEUSER1", { locale: "en-US" });
  });

  it("answers each event once or logs it as failed with its id, through 429s, 500s, resets and hangs", async () => {
    const plan = schedule<Fault>(["429", "500", "reset"], "hang");
    const results: { eventId: string; ts: string; failures: number }[] = [];
    for (const { failures, fault } of plan) {
      slack.fake.clearFaults();
      if (failures > 0) slack.fake.failNext(failures, fault, { method: "chat.postMessage", retryAfter: 0 });
      const ts = `${clock++}.000100`;
      const event = {
        type: "message",
        channel: "C00FAKEFLT",
        channel_type: "channel",
        user: "U00FAKEUSER1",
        text: "0x80070005",
        ts,
      };
      const { eventId } = await slack.send.event(event);
      const outcome = await slack.logs.waitFor(
        (l) => l.eventId === eventId && l.msg === "slack event handled",
        `the outcome of ${eventId}`,
        30_000,
      );
      expect(outcome.outcome, `${failures} × ${fault}`).toBe(
        failures < ATTEMPTS ? "answered" : "reply failed",
      );
      // Slack redelivers what it thinks we missed: never a second answer.
      const again = await slack.send.event(event, { eventId, retryNum: 1 });
      expect(again.status).toBe(200);
      await slack.logs.waitFor(
        (l) => l.eventId === eventId && String(l.outcome).startsWith("duplicate delivery"),
        "the redelivery skipped",
      );
      results.push({ eventId, ts, failures });
    }
    for (const { eventId, ts, failures } of results) {
      const delivered = slack.fake.delivered("chat.postMessage").filter((c) => c.body.thread_ts === ts);
      const failed = slack.logs.lines.filter(
        (l) => l.eventId === eventId && l.msg === "Slack chat.postMessage failed",
      );
      if (failures < ATTEMPTS) {
        expect(delivered, eventId).toHaveLength(1);
        expect(failed, eventId).toEqual([]);
      } else {
        expect(delivered, eventId).toEqual([]);
        expect(failed, eventId).toHaveLength(1);
      }
    }
    expect(new Set(results.map((r) => r.failures))).toEqual(new Set([0, 1, 2, 3]));
  });
});

describe("Bot Connector faults", () => {
  const teams = useTeamsApp();

  it("answers each activity once or logs it as failed with its id, through 429s, 500s, resets and hangs", async () => {
    expect(CONNECTOR_RETRY.attempts).toBe(ATTEMPTS);
    const plan = schedule<ConnectorFault>(
      [{ status: 429, retryAfterSeconds: 0 }, { status: 500 }, "reset"],
      "hang",
    );
    const results: { id: string; failures: number }[] = [];
    for (const { failures, fault } of plan) {
      teams.connector.clearFaults();
      teams.connector.failNext(failures, fault);
      const message = teams.activities.personalMessage("0x80070005");
      // The turn (and its retries) finishes before the response: the outcome is known here.
      await teams.post(message);
      await teams.post(message);
      results.push({ id: message.id, failures });
    }
    for (const { id, failures } of results) {
      const delivered = teams.connector.delivered("POST").filter((c) => c.activity.replyToId === id);
      const gaveUp = teams.logs.lines.filter(
        (l) => l.activityId === id && l.msg === "Bot Connector call failed; giving up",
      );
      const redelivery = teams.logs.lines.filter(
        (l) => l.activityId === id && l.msg === "activity already answered; ignored",
      );
      expect(redelivery, id).toHaveLength(1);
      if (failures < ATTEMPTS) {
        expect(delivered, id).toHaveLength(1);
        expect(gaveUp, id).toEqual([]);
      } else {
        expect(delivered, id).toEqual([]);
        expect(gaveUp, id).toHaveLength(1);
      }
    }
    expect(new Set(results.map((r) => r.failures))).toEqual(new Set([0, 1, 2, 3]));
  });
});
