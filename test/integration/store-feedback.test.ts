/**
 * What people do in Slack and Teams shows up in `errdesk report`: a 👎 with its comment (the Slack
 * modal, the Teams card's text box), a 👍, and a code asked about that has no article (the writing
 * queue). One errdesk serves both platforms; the report runs as people run it, from bin/errdesk.js.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../adapters/app.ts";
import { decodeAction } from "../../adapters/shared/action-payload.ts";
import type { Report } from "../../src/index.ts";
import {
  type FakeBotConnector,
  startFakeBotConnector,
  teamsActivities,
} from "../fakes/fake-bot-connector.ts";
import {
  BOT,
  type FakeSlackApi,
  type RecordedCall,
  slackSender,
  slackTestEnv,
  startFakeSlackApi,
} from "../fakes/fake-slack-api.ts";
import { captureLogs } from "../helpers/log-capture.ts";
import { codeWithoutArticle } from "../helpers/no-article-code.ts";
import { BACKENDS, type FreshStore } from "../helpers/store-backends.ts";
import { waitFor } from "../helpers/wait-for.ts";

const run = promisify(execFile);
const USER = "U00FAKEUSER7";
type Button = { action_id?: string; value?: string };
type Blocks = { type: string; elements?: Button[]; accessory?: Button }[];

const buttonsOf = (call: RecordedCall) =>
  (call.body.blocks as Blocks).flatMap((b) =>
    b.type === "actions" ? (b.elements ?? []) : b.accessory ? [b.accessory] : [],
  );

async function report(env: Record<string, string>): Promise<Report> {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  const { stdout } = await run(
    process.execPath,
    [path.resolve("bin/errdesk.js"), "report", "--json", "--since", "1d"],
    {
      env: { ...rest, ...env },
    },
  );
  return JSON.parse(stdout) as Report;
}

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(
    `feedback and unanswered questions in the report, on ${backend.title}`,
    () => {
      let fresh: FreshStore;
      let slackApi: FakeSlackApi;
      let connector: FakeBotConnector;
      let app: RunningApp;
      const logs = captureLogs();

      beforeAll(async () => {
        fresh = await backend.fresh();
        slackApi = await startFakeSlackApi();
        connector = await startFakeBotConnector();
        app = await startApp(
          { ...slackTestEnv(slackApi, fresh.dataDir), ...fresh.env },
          { logDestination: logs.destination },
        );
        await logs.waitFor((l) => l.msg === "Slack: signed in", "auth.test");
      });
      afterAll(async () => {
        await app?.stop();
        await slackApi?.close();
        await connector?.close();
        await fresh?.drop();
      });

      it("records a Slack 👎 with the comment typed in its modal", async () => {
        const slack = slackSender(`${app.url.replace("localhost", "127.0.0.1")}/slack/events`);
        const ts = "1700400000.000100";
        await slack.event({
          type: "message",
          channel: "C00FAKECHAN7",
          channel_type: "channel",
          user: USER,
          text: "0x80070005 on the share",
          ts,
        });
        const reply = await slackApi.waitFor(
          () => slackApi.delivered("chat.postMessage").find((c) => c.body.thread_ts === ts),
          "the card",
        );
        const down = buttonsOf(reply).find((b) => {
          const action = decodeAction(b.value);
          return action?.type === "feedback" && !action.helpful;
        });
        expect(down).toBeDefined();

        await slack.interaction({
          type: "block_actions",
          team: { id: BOT.teamId, domain: "errdesk-test" },
          user: { id: USER, username: "user7", team_id: BOT.teamId },
          api_app_id: "A00FAKEAPP1",
          token: "unused-verification-token",
          trigger_id: "1337.44.feedback",
          container: {
            type: "message",
            channel_id: "C00FAKECHAN7",
            message_ts: "1700000000.000200",
            is_ephemeral: false,
          },
          channel: { id: "C00FAKECHAN7", name: "helpdesk" },
          message: { ts: "1700000000.000200", text: "card" },
          response_url: slackApi.responseUrl("feedback-7"),
          actions: [{ type: "button", block_id: "b0", action_ts: "1700000000.1", ...down }],
        });
        const opened = await slackApi.waitFor(
          () => slackApi.delivered("views.open").find((c) => c.body.trigger_id === "1337.44.feedback"),
          "the comment modal",
        );
        const modal = opened.body.view as {
          callback_id: string;
          private_metadata: string;
          blocks: { type: string; element?: { max_length?: number } }[];
        };
        expect(modal.callback_id).toBe("errdesk_feedback_comment");
        expect(modal.blocks[0]).toMatchObject({ type: "input", element: { max_length: 1000 } });
        await slackApi.waitFor(() => slackApi.delivered("chat.update").length > 0, "the card's thank-you");

        const submitted = await slack.interaction({
          type: "view_submission",
          team: { id: BOT.teamId, domain: "errdesk-test" },
          user: { id: USER, username: "user7", team_id: BOT.teamId },
          api_app_id: "A00FAKEAPP1",
          token: "unused-verification-token",
          trigger_id: "1337.45.submit",
          view: {
            id: "V00FAKEVIEW1",
            type: "modal",
            callback_id: modal.callback_id,
            private_metadata: modal.private_metadata,
            hash: "1700000000.hash",
            state: {
              values: {
                comment: { comment: { type: "plain_text_input", value: "Step 2 needs admin rights" } },
              },
            },
          },
        });
        expect(submitted.status).toBe(200);
        await logs.waitFor(
          (l) => l.msg === "feedback comment saved" && l.platform === "slack",
          "the comment saved",
        );
      });

      it("records a Teams 👎 with the comment typed in the card, and a 👍", async () => {
        const activities = teamsActivities(connector.url);
        const vote = (helpful: boolean) => ({
          errdesk: JSON.stringify({
            type: "feedback",
            helpful,
            value: "0x80090311",
            family: "hresult",
            articleId: "sec-e-no-authenticating-authority",
            lang: "en",
          }),
        });
        const post = (activity: unknown) =>
          fetch(`${app.url}/api/messages`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(activity),
          });
        const putTo = (id: string, n: number) =>
          connector.waitFor(
            (calls) => calls.filter((c) => c.method === "PUT" && c.activityId === id).length >= n,
          );

        expect((await post(activities.cardSubmit(vote(false), "activity-fb-1"))).status).toBe(200);
        await putTo("activity-fb-1", 1);
        const card = JSON.stringify(
          connector.calls.find((c) => c.method === "PUT" && c.activityId === "activity-fb-1")?.activity,
        );
        expect(card).toContain('"Input.Text"');
        const send = /"data":(\{"errdeskCommentVote":"[^"]+","errdeskCommentOn":"(?:[^"\\]|\\.)*"\})/.exec(
          card,
        )?.[1];
        expect(send).toBeDefined();
        const data = { ...JSON.parse(send ?? "{}"), errdeskComment: "Wrong fix for my case" };
        expect((await post(activities.cardSubmit(data, "activity-fb-1"))).status).toBe(200);
        await putTo("activity-fb-1", 2);
        const thanked = connector.calls.filter(
          (c) => c.method === "PUT" && c.activityId === "activity-fb-1",
        )[1];
        expect(JSON.stringify(thanked?.activity)).toContain("your comment was saved");
        expect(JSON.stringify(thanked?.activity)).not.toContain('"Input.Text"');

        expect((await post(activities.cardSubmit(vote(true), "activity-fb-2"))).status).toBe(200);
        await putTo("activity-fb-2", 1);
      });

      it("lists a code asked about that has no article in the writing queue", async () => {
        const code = await codeWithoutArticle();
        const activities = teamsActivities(connector.url);
        const question = activities.personalMessage(`${code} when I open the file`);
        await fetch(`${app.url}/api/messages`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(question),
        });
        await connector.waitFor((calls) => calls.some((c) => c.activity.replyToId === question.id));
        // The answer is recorded right after the reply is sent.
        await waitFor(async () => {
          const now = Date.now();
          return (await app.store.report({ since: now - 60_000, until: now })).writingQueue.length > 0;
        }, "the question recorded");

        const json = await report(fresh.env);
        expect(json.writingQueue).toEqual([
          expect.objectContaining({ code, asks: 1, name: expect.any(String) }),
        ]);
        expect(json.helpfulness).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              articleId: "access-denied",
              helpful: 0,
              notHelpful: 1,
              comments: ["Step 2 needs admin rights"],
            }),
            expect.objectContaining({
              articleId: "sec-e-no-authenticating-authority",
              helpful: 1,
              notHelpful: 1,
              comments: ["Wrong fix for my case"],
            }),
          ]),
        );
        expect(json.byPlatform).toEqual([
          { platform: "slack", questions: 1, helpful: 0, notHelpful: 1 },
          { platform: "teams", questions: 1, helpful: 1, notHelpful: 1 },
        ]);
        expect(json.topErrors.map((e) => e.code)).toEqual(expect.arrayContaining(["0x80070005", code]));
        expect(json.unmatched.samples).toEqual([]);
      });
    },
  );
}
