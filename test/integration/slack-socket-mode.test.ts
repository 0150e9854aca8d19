/**
 * errdesk in Slack over Socket Mode, end to end and offline: errdesk's real Bolt SocketModeReceiver
 * (@slack/socket-mode) asks the fake Web API for a URL (apps.connections.open with the xapp- token),
 * opens a real WebSocket to test/fakes/fake-socket-mode.ts on 127.0.0.1, and receives envelopes
 * there. Every assertion is on what Slack would see: the ack on the socket, and the replies the fake
 * Web API or response_url received (or, for "no reply", the debug line that says why, then the fake).
 */
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BOT,
  BOT_TOKEN,
  type FakeSlackApi,
  type RecordedCall,
  type StartedErrdesk,
  slackTestEnv,
  startErrdesk,
  startFakeSlackApi,
} from "../fakes/fake-slack-api.ts";
import { APP_ID, type FakeSocketMode, startFakeSocketMode } from "../fakes/fake-socket-mode.ts";
import { captureLogs } from "../helpers/log-capture.ts";

const APP_TOKEN = "xapp-1-A00FAKEAPP1-0000000000-fakesocketmode";
const CHANNEL = "C00FAKESOCK1";
const USER = "U00FAKEUSER1";

interface SocketModeErrdesk {
  fake: FakeSlackApi;
  socket: FakeSocketMode;
  /** undefined once a test stopped it. */
  app: StartedErrdesk | undefined;
  logs: ReturnType<typeof captureLogs>;
  dataDir: string;
}

/**
 * For the tests of one describe block: a fake Web API whose apps.connections.open points at a fake
 * Socket Mode server, and errdesk started with SLACK_APP_TOKEN and connected to it.
 */
function useSocketModeErrdesk(): SocketModeErrdesk {
  const state = { logs: captureLogs() } as SocketModeErrdesk;
  beforeAll(async () => {
    state.fake = await startFakeSlackApi();
    state.socket = await startFakeSocketMode();
    state.fake.setSocketModeAnswer({ ok: true, url: state.socket.url });
    state.dataDir = await mkdtemp(path.join(tmpdir(), "errdesk-slack-socket-"));
    state.app = await startErrdesk(
      { ...slackTestEnv(state.fake, state.dataDir), SLACK_APP_TOKEN: APP_TOKEN },
      state.logs.destination,
    );
    await state.logs.waitFor((l) => l.msg === "Slack: signed in", "auth.test at start");
    await state.logs.waitFor((l) => l.msg === "Slack: Socket Mode connected", "the Socket Mode connection");
  });
  afterAll(async () => {
    await state.app?.stop();
    await state.socket?.close();
    await state.fake?.close();
    if (state.dataDir) await rm(state.dataDir, { recursive: true, force: true });
  });
  return state;
}

/** Event ids unique to this run, like Slack's (Ev…). */
const RUN = randomBytes(3).toString("hex").toUpperCase();
let events = 0;
const nextEventId = () => `Ev00SOCK${RUN}${String(++events).padStart(4, "0")}`;
let clock = 1_700_500_000;
const nextTs = () => `${clock++}.000100`;

/** The Events API body Slack would POST to /slack/events, which Socket Mode carries as `payload`. */
const eventCallback = (event: Record<string, unknown>, eventId = nextEventId()) => ({
  token: "unused-verification-token",
  team_id: BOT.teamId,
  api_app_id: APP_ID,
  type: "event_callback",
  event_id: eventId,
  event_time: Math.floor(Date.now() / 1000),
  authorizations: [{ team_id: BOT.teamId, user_id: BOT.userId, is_bot: true, is_enterprise_install: false }],
  is_ext_shared_channel: false,
  event_context: `4-fake-${eventId}`,
  event,
});

const channelMessage = (text: string, extra: Record<string, unknown> = {}) => ({
  type: "message",
  channel: CHANNEL,
  channel_type: "channel",
  user: USER,
  text,
  ts: nextTs(),
  event_ts: `${clock}.000100`,
  ...extra,
});

/** What Slack would see of errdesk's answers, and a round trip that checks one. */
function probes(sm: SocketModeErrdesk) {
  const handled = (eventId: string) =>
    sm.logs.waitFor(
      (l) => l.eventId === eventId && l.msg === "slack event handled",
      `the outcome of ${eventId}`,
    );
  const postsIn = (threadTs: string) =>
    sm.fake.callsTo("chat.postMessage").filter((c) => c.body.thread_ts === threadTs);
  const replyIn = (threadTs: string) =>
    sm.fake.waitFor(
      () => sm.fake.delivered("chat.postMessage").find((c) => c.body.thread_ts === threadTs),
      `a reply in thread ${threadTs}`,
    );
  /** Sends a channel message with 0x80070005; checks it is acked, and answered once in its thread. */
  const expectAnswered = async (text: string) => {
    const event = channelMessage(text);
    const payload = eventCallback(event);
    const envelopeId = randomUUID();
    const ack = await sm.socket.sendEnvelope("events_api", payload, { envelopeId });
    expect(ack).toEqual({ envelope_id: envelopeId, payload: {} });
    const reply = await replyIn(event.ts);
    expect(reply.body).toMatchObject({ channel: CHANNEL, thread_ts: event.ts });
    expect(reply.body.text).toContain("E_ACCESSDENIED");
    expect((await handled(payload.event_id)).outcome).toBe("answered");
    expect(postsIn(event.ts)).toHaveLength(1);
    return { event, payload, ack, reply };
  };
  return { handled, postsIn, replyIn, expectAnswered };
}

const headerOf = (call: RecordedCall) =>
  (call.body.blocks as { type: string; text?: { text: string } }[]).find((b) => b.type === "header")?.text
    ?.text;

describe("Slack over Socket Mode", () => {
  const sm = useSocketModeErrdesk();
  const { handled, postsIn, replyIn, expectAnswered } = probes(sm);

  it("connects with the app token to the URL apps.connections.open gives, and serves no HTTP route", async () => {
    const opened = sm.fake.callsTo("apps.connections.open");
    expect(opened).toHaveLength(1);
    expect(opened[0]?.authorization).toBe(`Bearer ${APP_TOKEN}`);
    const first = await sm.socket.waitForConnection(1);
    expect(first.path).toBe(new URL(sm.socket.url).pathname + new URL(sm.socket.url).search);
    expect(sm.socket.connections).toHaveLength(1);
    // The token is never logged, not even by Bolt's or the Socket Mode client's debug lines.
    expect(sm.logs.text()).not.toContain(APP_TOKEN);
    const posted = await fetch(`${sm.app?.url}/slack/events`, { method: "POST", body: "{}" });
    expect(posted.status).toBe(404);
  });

  it("acks a channel message with 0x80070005 and answers it in its thread", async () => {
    const event = channelMessage("Getting 0x80070005 when I copy to the share");
    const payload = eventCallback(event);
    const ack = await sm.socket.sendEnvelope("events_api", payload, { envelopeId: "e0000001-fake-ack-0001" });
    // An Events API envelope is acked with its envelope_id and nothing to say.
    expect(ack).toEqual({ envelope_id: "e0000001-fake-ack-0001", payload: {} });
    const reply = await replyIn(event.ts);
    expect(reply.body.channel).toBe(CHANNEL);
    expect(reply.body.thread_ts).toBe(event.ts);
    expect(reply.body.text).toContain("E_ACCESSDENIED");
    expect(reply.body.text).toContain("0x80070005");
    expect(headerOf(reply)).toContain("E_ACCESSDENIED");
    expect(reply.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect((await handled(payload.event_id)).outcome).toBe("answered");
    expect(postsIn(event.ts)).toHaveLength(1);
  });

  it("acks a redelivered event (retry_attempt 1) without answering it twice", async () => {
    const { event, payload } = await expectAnswered("0x80070005 on the print server");
    const retry = await sm.socket.sendEnvelope("events_api", payload, {
      envelopeId: "e0000002-fake-retry-01",
      retryAttempt: 1,
      retryReason: "timeout",
    });
    expect(retry).toEqual({ envelope_id: "e0000002-fake-retry-01", payload: {} });
    await sm.logs.waitFor(
      (l) => l.eventId === payload.event_id && l.outcome === "duplicate delivery (retry 1)",
      "the redelivery recognised",
    );
    expect(postsIn(event.ts)).toHaveLength(1);
  });

  it("acks /errdesk 0x80070005 and answers privately through its response_url", async () => {
    const command = {
      token: "unused-verification-token",
      team_id: BOT.teamId,
      team_domain: "errdesk-test",
      channel_id: CHANNEL,
      channel_name: "helpdesk",
      user_id: USER,
      user_name: "user1",
      command: "/errdesk",
      text: "0x80070005",
      api_app_id: APP_ID,
      is_enterprise_install: "false",
      response_url: sm.fake.responseUrl("sock-cmd-1"),
      trigger_id: "1337.42.sock-cmd-1",
    };
    const postsBefore = sm.fake.callsTo("chat.postMessage").length;
    const ack = await sm.socket.sendEnvelope("slash_commands", command, {
      envelopeId: "e0000003-fake-cmd-001",
    });
    // errdesk acks with nothing (no text to show in the ack) and answers through the response_url.
    expect(ack).toEqual({ envelope_id: "e0000003-fake-cmd-001", payload: {} });
    const answered = await sm.fake.waitFor(
      () => sm.fake.callsTo("response_url").find((c) => c.path === "/response/sock-cmd-1"),
      "the answer on the response_url",
    );
    expect(answered.body.response_type).toBe("ephemeral");
    expect(answered.body.text).toContain("E_ACCESSDENIED");
    expect(JSON.stringify(answered.body.blocks)).toContain("E_ACCESSDENIED");
    // A command has no event_id; its outcome line is the only "answered" one without.
    await sm.logs.waitFor(
      (l) => l.outcome === "answered" && l.eventId === undefined,
      "the command's outcome",
    );
    expect(sm.fake.callsTo("response_url").filter((c) => c.path === "/response/sock-cmd-1")).toHaveLength(1);
    expect(sm.fake.callsTo("chat.postMessage")).toHaveLength(postsBefore);
  });

  it("acks a button click (interactive) and updates the card in place", async () => {
    const { reply } = await expectAnswered("0x80070005 on the build agent");
    const blocks = reply.body.blocks as {
      type: string;
      elements?: { action_id?: string; value?: string }[];
    }[];
    const fixes = blocks
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id?.startsWith("errdesk.fixes."));
    expect(fixes).toBeDefined();
    const postedTs = "1700500999.000200";
    const ack = await sm.socket.sendEnvelope("interactive", {
      type: "block_actions",
      team: { id: BOT.teamId, domain: "errdesk-test" },
      user: { id: USER, username: "user1", team_id: BOT.teamId },
      api_app_id: APP_ID,
      token: "unused-verification-token",
      trigger_id: "1337.43.sock-click-1",
      container: { type: "message", message_ts: postedTs, channel_id: CHANNEL, is_ephemeral: false },
      channel: { id: CHANNEL, name: "helpdesk" },
      message: { type: "message", ts: postedTs, text: reply.body.text, blocks },
      response_url: sm.fake.responseUrl("sock-click-1"),
      actions: [{ type: "button", block_id: "b0", action_ts: "1700500999.1", text: { text: "x" }, ...fixes }],
    });
    expect(ack).toEqual({ envelope_id: expect.any(String), payload: {} });
    const updated = await sm.fake.waitFor(
      () => sm.fake.delivered("chat.update").find((c) => c.body.ts === postedTs),
      "chat.update of the card",
    );
    expect(updated.body.channel).toBe(CHANNEL);
    expect(JSON.stringify(updated.body.blocks)).toContain("E_ACCESSDENIED");
    expect(sm.fake.callsTo("chat.update").filter((c) => c.body.ts === postedTs)).toHaveLength(1);
  });

  it("acks errdesk's own card coming back over the socket and does not answer it", async () => {
    const { event } = await expectAnswered("0x80070005 again, on another share");
    // Slack sends errdesk's reply back as a message event in the thread, with its bot_id and user.
    const own = channelMessage("0x80070005 (E_ACCESSDENIED): Access is denied.", {
      user: BOT.userId,
      bot_id: BOT.botId,
      app_id: APP_ID,
      bot_profile: { id: BOT.botId, app_id: APP_ID, name: "errdesk" },
      thread_ts: event.ts,
    });
    const payload = eventCallback(own);
    const ack = await sm.socket.sendEnvelope("events_api", payload);
    expect(ack).toEqual({ envelope_id: expect.any(String), payload: {} });
    expect((await handled(payload.event_id)).outcome).toBe("bot message");
    expect(postsIn(event.ts)).toHaveLength(1);
    expect(postsIn(own.ts)).toEqual([]);
  });

  it("reconnects when Slack closes the socket, and answers the next event", async () => {
    const before = sm.socket.connections.length;
    sm.socket.closeCurrent(1001, "going away");
    // The client asks for a new URL (apps.connections.open again) and opens a new connection.
    const next = await sm.socket.waitForConnection(before + 1);
    expect(sm.socket.connections[before - 1]?.open).toBe(false);
    expect(sm.fake.callsTo("apps.connections.open")).toHaveLength(before + 1);
    expect(sm.fake.callsTo("apps.connections.open").at(-1)?.authorization).toBe(`Bearer ${APP_TOKEN}`);
    const { ack } = await expectAnswered("0x80070005 after the reconnect");
    expect(next.received.map((m) => m.envelope_id)).toContain(ack.envelope_id);
  });

  it("reconnects when Slack asks it to (a disconnect message), and answers the next event", async () => {
    const before = sm.socket.connections.length;
    const old = sm.socket.current();
    sm.socket.sendDisconnect("refresh_requested");
    const next = await sm.socket.waitForConnection(before + 1);
    // The client closed the old connection itself, with a normal close, before opening the new one.
    expect(old?.open).toBe(false);
    expect(old?.closeCode).toBe(1000);
    expect(sm.fake.callsTo("apps.connections.open")).toHaveLength(before + 1);
    const { ack } = await expectAnswered("0x80070005 after Slack's refresh");
    expect(next.received.map((m) => m.envelope_id)).toContain(ack.envelope_id);
  });

  it("closes the connection when errdesk stops", async () => {
    const connection = sm.socket.current();
    expect(connection).toBeDefined();
    const running = sm.app;
    sm.app = undefined;
    await running?.stop();
    await sm.fake.waitFor(() => connection && !connection.open, "the connection closed by errdesk");
    expect(connection?.closeCode).toBe(1000);
  });
});

describe("Slack over Socket Mode, when the app token stops working", () => {
  const sm = useSocketModeErrdesk();

  it("logs that it could not reconnect and keeps running (no crash, no unhandled rejection)", async () => {
    // The token was revoked (or rotated) while errdesk ran; then Slack recycles the connection.
    sm.fake.setSocketModeAnswer({ ok: false, error: "invalid_auth" });
    sm.socket.closeCurrent(1001, "going away");
    const failed = await sm.logs.waitFor(
      (l) => String(l.msg).startsWith("Slack Socket Mode could not reconnect"),
      "the reconnect error",
    );
    expect(failed.level).toBe(50);
    expect(failed.error).toMatchObject({ slackError: "invalid_auth" });
    expect(sm.fake.callsTo("apps.connections.open")).toHaveLength(2);
    expect(sm.fake.callsTo("apps.connections.open").at(-1)?.authorization).toBe(`Bearer ${APP_TOKEN}`);
    expect(sm.logs.text()).not.toContain(APP_TOKEN);
    const health = await fetch(`${sm.app?.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
