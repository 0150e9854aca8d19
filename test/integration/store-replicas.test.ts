/**
 * Two errdesk processes sharing one store (PostgreSQL, or one SQLite file) receive the same Slack
 * event, the original at one and Slack's retry at the other, at the same moment: exactly one reply
 * reaches the fake Slack Web API. The same for a Teams activity delivered to both.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type FakeBotConnector,
  startFakeBotConnector,
  teamsActivities,
} from "../fakes/fake-bot-connector.ts";
import { type FakeSlackApi, slackSender, slackTestEnv, startFakeSlackApi } from "../fakes/fake-slack-api.ts";
import { type ServerProcess, startServerProcess } from "../helpers/server-process.ts";
import { BACKENDS, type FreshStore } from "../helpers/store-backends.ts";

const CHANNEL = "C00FAKECHAN9";
let clock = 1_700_300_000;

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`two replicas on ${backend.title}`, () => {
    let fresh: FreshStore;
    let slackApi: FakeSlackApi;
    let connector: FakeBotConnector;
    let replicas: ServerProcess[] = [];

    beforeAll(async () => {
      fresh = await backend.fresh();
      slackApi = await startFakeSlackApi();
      connector = await startFakeBotConnector();
      const env = {
        ...slackTestEnv(slackApi, fresh.dataDir),
        ...fresh.env,
        STORE_SALT: "replica-test-salt-0123456789",
      };
      replicas = await Promise.all([startServerProcess(env), startServerProcess(env)]);
      await Promise.all(replicas.map((r) => r.waitForLog((l) => l.msg === "Slack: signed in", "auth.test")));
    });
    afterAll(async () => {
      await Promise.all(replicas.map((r) => r.stop()));
      await slackApi?.close();
      await connector?.close();
      await fresh?.drop();
    });

    it("answers a Slack event sent to one replica and retried at the other exactly once", async () => {
      const [a, b] = replicas.map((r) => slackSender(`${r.url}/slack/events`));
      for (let round = 0; round < 5; round++) {
        const ts = `${clock++}.000100`;
        const event = {
          type: "message",
          channel: CHANNEL,
          channel_type: "channel",
          user: "U00FAKEUSER1",
          text: `0x80070005 again (${round})`,
          ts,
        };
        const eventId = `Ev00REPLICA${round}${backend.name}`;
        const sent = await Promise.all([
          a?.event(event, { eventId }),
          b?.event(event, { eventId, retryNum: 1 }),
        ]);
        expect(sent.map((s) => s?.status)).toEqual([200, 200]);
        const outcomes = await Promise.all(
          replicas.map((r) =>
            r.waitForLog(
              (l) => l.eventId === eventId && l.msg === "slack event handled",
              `the outcome of ${eventId}`,
            ),
          ),
        );
        expect(outcomes.map((o) => String(o.outcome).replace(/ \(retry .*\)/, "")).sort()).toEqual([
          "answered",
          "duplicate delivery",
        ]);
        expect(slackApi.callsTo("chat.postMessage").filter((c) => c.body.thread_ts === ts)).toHaveLength(1);
      }
    });

    it("answers a Teams activity delivered to both replicas exactly once", async () => {
      const activity = teamsActivities(connector.url).personalMessage("0x80070005 on the share");
      const post = (r: ServerProcess) =>
        fetch(`${r.url}/api/messages`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(activity),
        });
      const statuses = await Promise.all(replicas.map(async (r) => (await post(r)).status));
      expect(statuses).toEqual([200, 200]);
      await connector.waitFor((calls) => calls.some((c) => c.activity.replyToId === activity.id));
      await Promise.all(
        replicas.map((r) =>
          r.waitForLog(
            (l) =>
              l.activityId === activity.id &&
              (l.msg === "answered" || l.msg === "activity already answered; ignored"),
            "the Teams outcome",
          ),
        ),
      );
      expect(connector.calls.filter((c) => c.activity.replyToId === activity.id)).toHaveLength(1);
    });
  });
}
