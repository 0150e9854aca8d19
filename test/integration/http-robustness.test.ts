/**
 * /slack/events and /api/messages under hostile or broken clients, over real HTTP: random and
 * malformed bodies, wrong content types, bodies past MAX_BODY_BYTES (declared or streamed), bodies
 * that stall, and Slack requests with missing, forged, stale or malformed signatures. Every one gets
 * a 4xx (never a 5xx), a refused one is not processed, and the process keeps answering.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SIGNING_SECRET, slackSignature } from "../fakes/fake-slack-api.ts";
import { useBotConnector, useSlackApp } from "../helpers/platform-apps.ts";
import { rawRequest } from "../helpers/raw-http.ts";

const SEED = 20261130;
const MAX_BODY_BYTES = 64 * 1024;
const BODY_TIMEOUT_MS = 1_000;
const bot = useBotConnector();
const slack = useSlackApp({
  MAX_BODY_BYTES: String(MAX_BODY_BYTES),
  BODY_TIMEOUT_MS: String(BODY_TIMEOUT_MS),
  LOG_LEVEL: "info",
  // The fuzzing below sends hundreds of messages; the limits have their own test.
  RATE_LIMIT_USER_PER_MINUTE: "0",
  RATE_LIMIT_CHANNEL_PER_MINUTE: "0",
});

const slackUrl = () => slack.app.eventsUrl;
const teamsUrl = () => `${slack.app.url}/api/messages`;
const alive = async () => (await fetch(`${slack.app.url}/healthz`)).status === 200;
const serverErrors = () => slack.logs.lines.filter((l) => l.msg === "request failed");

const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "application/x-www-form-urlencoded",
  "application/x-www-form-urlencoded; charset=UTF-8",
  "text/plain",
  "multipart/form-data; boundary=x",
  "application/xml",
  "",
];

/** Slack-shaped bodies with random parts, as JSON envelopes, forms and interactive payloads. */
const slackBodies = () =>
  fc.oneof(
    fc.string({ unit: "binary", maxLength: 500 }),
    fc.json({ depthSize: "small" }),
    fc.constantFrom(
      "",
      "{",
      "null",
      "[]",
      "0",
      '"x"',
      "payload=",
      "payload=%7B",
      "payload=null",
      "payload=%5B%5D",
      "ssl_check=1",
      "ssl_check=1&payload=%7B%22type%22%3A%22block_actions%22%7D",
      '{"type":"url_verification","challenge":"abc"}',
      "command=%2Ferrdesk&text=0x5&user_id=U1&channel_id=C1",
    ),
    fc
      .record(
        {
          type: fc.constantFrom("event_callback", "block_actions", "message_action", "view_submission", "x"),
          event_id: fc.string({ maxLength: 20 }),
          event: fc.record(
            {
              type: fc.constantFrom("message", "app_mention", "app_home_opened", "reaction_added"),
              channel: fc.oneof(fc.constantFrom("C00FUZZ", "D00FUZZ"), fc.anything()),
              channel_type: fc.oneof(fc.constantFrom("channel", "im", "group"), fc.anything()),
              user: fc.oneof(fc.constantFrom("U00FUZZ", "U00FAKEBOT"), fc.anything()),
              text: fc.oneof(
                fc.string({ maxLength: 200 }),
                fc.constantFrom("0x80070005", "<@U00FAKEBOT> help"),
                fc.anything(),
              ),
              ts: fc.oneof(fc.constantFrom("1700000000.000100"), fc.anything()),
              subtype: fc.oneof(
                fc.constantFrom("bot_message", "message_changed", "thread_broadcast"),
                fc.anything(),
              ),
              bot_id: fc.anything(),
              tab: fc.anything(),
            },
            { requiredKeys: [] },
          ),
          actions: fc.anything(),
          user: fc.anything(),
          message: fc.anything(),
          container: fc.anything(),
          response_url: fc.constantFrom(slack.fake.responseUrl("fuzz"), "not-a-url", "http://127.0.0.1:9/x"),
        },
        { requiredKeys: [] },
      )
      .chain((body) =>
        fc.constantFrom(JSON.stringify(body), `payload=${encodeURIComponent(JSON.stringify(body))}`),
      ),
  );

describe("random and malformed requests", () => {
  it("/slack/events: unsigned ones get 401, signed ones a 2xx or 4xx, never a 5xx", async () => {
    const before = slack.fake.calls.length;
    await fc.assert(
      fc.asyncProperty(
        slackBodies(),
        fc.constantFrom(...CONTENT_TYPES),
        fc.boolean(),
        async (body, type, signed) => {
          const headers: Record<string, string> = type ? { "content-type": type } : {};
          const response = await rawRequest({
            url: slackUrl(),
            headers: signed ? { ...headers, ...slackSignature(body) } : headers,
            body,
          });
          expect(
            response.status,
            `${type} ${signed ? "signed" : "unsigned"} ${body.slice(0, 200)}`,
          ).toBeGreaterThanOrEqual(200);
          expect(response.status).toBeLessThan(500);
          // Bolt answers ssl_check without a signature, and nothing else.
          if (!signed && !body.startsWith("ssl_check=1")) expect(response.status).toBe(401);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
    expect(await alive()).toBe(true);
    expect(serverErrors()).toEqual([]);
    expect(slack.logs.lines.filter((l) => l.msg === "Slack listener failed")).toEqual([]);
    // Only signed requests may have reached the Web API at all.
    expect(slack.fake.calls.length).toBeGreaterThanOrEqual(before);
  });

  it("/api/messages: random JSON, activity-shaped junk and wrong content types get 4xx or 200, never a 5xx", async () => {
    const activityish = fc.record(
      {
        type: fc.oneof(
          fc.constantFrom("message", "invoke", "conversationUpdate", "installationUpdate", "typing"),
          fc.anything(),
        ),
        id: fc.oneof(fc.string({ maxLength: 20 }), fc.anything()),
        serviceUrl: fc.constantFrom(bot.connector.url, "not a url", "", 42),
        channelId: fc.constantFrom("msteams", "emulator", "x"),
        from: fc.oneof(fc.constant({ id: "29:fuzz" }), fc.anything()),
        recipient: fc.oneof(fc.constant({ id: "28:bot" }), fc.anything()),
        conversation: fc.oneof(
          fc.constant({ id: "a:fuzz", conversationType: "personal" }),
          fc.constant({ id: "19:fuzz@thread.tacv2", conversationType: "channel", isGroup: true }),
          fc.anything(),
        ),
        text: fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.constantFrom("0x80070005", "<at>errdesk</at> help"),
          fc.anything(),
        ),
        name: fc.oneof(
          fc.constantFrom("composeExtension/query", "composeExtension/selectItem", "adaptiveCard/action"),
          fc.string(),
        ),
        value: fc.oneof(
          fc.anything(),
          fc.record({
            commandId: fc.constantFrom("searchErrors", "x"),
            parameters: fc.anything(),
            queryOptions: fc.anything(),
          }),
          fc.record({ errdesk: fc.oneof(fc.string(), fc.anything()) }),
        ),
        entities: fc.anything(),
        membersAdded: fc.anything(),
        locale: fc.anything(),
        replyToId: fc.anything(),
        timestamp: fc.anything(),
      },
      { requiredKeys: [] },
    );
    const bodies = fc.oneof(
      fc.string({ unit: "binary", maxLength: 500 }),
      fc.json({ depthSize: "small" }),
      activityish.map((a) => JSON.stringify(a)),
      fc.constant(JSON.stringify(bot.activities.personalMessage("0x80070005"))),
    );
    await fc.assert(
      fc.asyncProperty(bodies, fc.constantFrom(...CONTENT_TYPES), async (body, type) => {
        const response = await rawRequest({
          url: teamsUrl(),
          headers: type ? { "content-type": type } : {},
          body,
        });
        expect(response.status, `${type} ${body.slice(0, 300)}`).toBeGreaterThanOrEqual(200);
        expect(response.status, `${type} ${body.slice(0, 300)}`).toBeLessThan(500);
        if (!type.startsWith("application/json")) expect(response.status).toBe(415);
      }),
      { seed: SEED, numRuns: 300 },
    );
    expect(await alive()).toBe(true);
    expect(serverErrors()).toEqual([]);
    expect(
      slack.logs.lines.filter((l) => l.msg === "Teams turn failed" || l.msg === "Teams activity failed"),
    ).toEqual([]);
  });
});

describe("body limits", () => {
  const huge = (bytes: number) => {
    const chunk = Buffer.alloc(16 * 1024, "a");
    return Array.from({ length: Math.ceil(bytes / chunk.length) }, () => chunk);
  };

  it.each([
    ["/slack/events", "application/json"],
    ["/api/messages", "application/json"],
  ])("%s answers 413 to a body declared larger than MAX_BODY_BYTES, before reading it", async (route) => {
    const response = await rawRequest({
      url: `${slack.app.url}${route}`,
      headers: { "content-type": "application/json", "content-length": MAX_BODY_BYTES * 100 },
      headersOnly: true,
    });
    expect(response.status).toBe(413);
    expect(await alive()).toBe(true);
  });

  it.each(["/slack/events", "/api/messages"])(
    "%s answers 413 to a streamed body that grows past MAX_BODY_BYTES",
    async (route) => {
      const response = await rawRequest({
        url: `${slack.app.url}${route}`,
        headers: { "content-type": "application/json", ...slackSignature("x") },
        chunks: huge(MAX_BODY_BYTES * 4),
      });
      expect(response.status).toBe(413);
      expect(await alive()).toBe(true);
    },
  );

  it("takes a body just under the limit", async () => {
    const message = bot.activities.personalMessage(`0x80070005 ${"x".repeat(MAX_BODY_BYTES - 2_000)}`);
    const response = await fetch(teamsUrl(), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(message),
    });
    expect(response.status).toBe(200);
  });

  it.each(["/slack/events", "/api/messages"])(
    "%s answers 408 to a body that stalls, and keeps answering others meanwhile",
    async (route) => {
      const slow = rawRequest({
        url: `${slack.app.url}${route}`,
        headers: { "content-type": "application/json", "content-length": 1_000, ...slackSignature("x") },
        body: '{"type":"mess',
        stall: true,
      });
      // While the slow request waits, the server answers everyone else.
      expect(await alive()).toBe(true);
      expect((await fetch(`${slack.app.url}/readyz`)).status).toBe(200);
      const response = await slow;
      expect(response.status).toBe(408);
      expect(await alive()).toBe(true);
    },
  );
});

describe("Slack signatures", () => {
  const event = (id: string) =>
    JSON.stringify({
      type: "event_callback",
      team_id: "T00FAKE00AA",
      event_id: id,
      event: {
        type: "message",
        channel: "D00FAKESIG",
        channel_type: "im",
        user: "U00FAKEUSER1",
        text: "0x80070005",
        ts: `${Date.now() / 1000}`,
      },
    });

  it("refuses missing, forged, stale, future and malformed signatures with 401 and processes nothing", async () => {
    const now = Math.floor(Date.now() / 1000);
    const cases: Record<string, (body: string) => Record<string, string>> = {
      "no headers": () => ({}),
      "no signature": () => ({ "x-slack-request-timestamp": String(now) }),
      "no timestamp": (body) => ({ "x-slack-signature": slackSignature(body)["x-slack-signature"] }),
      "wrong secret": (body) => slackSignature(body, "not-the-secret"),
      "signature of another body": () => slackSignature("{}"),
      "stale (10 minutes old)": (body) => slackSignature(body, SIGNING_SECRET, now - 600),
      "from the future (10 minutes ahead)": (body) => slackSignature(body, SIGNING_SECRET, now + 600),
      "malformed timestamp": (body) => ({ ...slackSignature(body), "x-slack-request-timestamp": "soon" }),
      "v1 scheme": (body) => ({
        ...slackSignature(body),
        "x-slack-signature": slackSignature(body)["x-slack-signature"].replace("v0=", "v1="),
      }),
      "truncated signature": (body) => ({
        ...slackSignature(body),
        "x-slack-signature": slackSignature(body)["x-slack-signature"].slice(0, 20),
      }),
    };
    const calls = slack.fake.calls.length;
    const ids: string[] = [];
    const statuses: Record<string, number> = {};
    for (const [name, headers] of Object.entries(cases)) {
      const id = `Ev00SIG${ids.length}`;
      ids.push(id);
      const body = event(id);
      statuses[name] = (
        await rawRequest({
          url: slackUrl(),
          headers: { "content-type": "application/json", ...headers(body) },
          body,
        })
      ).status;
    }
    expect(statuses).toEqual(Object.fromEntries(Object.keys(cases).map((name) => [name, 401])));
    expect(slack.fake.calls.length).toBe(calls);
    expect(slack.logs.lines.filter((l) => ids.includes(String(l.eventId)))).toEqual([]);
    expect(slack.logs.lines.filter((l) => l.msg === "Slack request refused").length).toBeGreaterThanOrEqual(
      ids.length,
    );
    expect(slack.logs.text()).not.toContain(SIGNING_SECRET);
  });

  it("answers the same event once it is signed properly", async () => {
    const body = event("Ev00SIGOK");
    const response = await rawRequest({
      url: slackUrl(),
      headers: { "content-type": "application/json", ...slackSignature(body) },
      body,
    });
    expect(response.status).toBe(200);
    await slack.fake.waitFor(
      () => slack.fake.delivered("chat.postMessage").find((c) => c.body.channel === "D00FAKESIG"),
      "the answer in the DM",
    );
  });
});
