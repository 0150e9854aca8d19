/**
 * A fake Slack for integration tests, on real sockets:
 * - the Web API (`POST /api/<method>`) and response_urls (`POST /response/<id>`), recording every
 *   call with its parsed body (blocks and views decoded), and failing on request (429 with
 *   Retry-After, 500, a reset connection, or no answer at all) for the next N calls;
 * - the other direction: requests signed like Slack's (events, slash commands, interactivity);
 * - a log sink, and a way to start errdesk with all of it wired in.
 * Ids are fakes in Slack's shapes (T00FAKE00AA, U00FAKEUSER1).
 */
import { createHmac, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { waitFor } from "../helpers/wait-for.ts";

export const SIGNING_SECRET = "test-secret";
export const BOT_TOKEN = "xoxb-test-0000000000-fake";
export const BOT = { userId: "U00FAKEBOT", botId: "B00FAKEBOT", teamId: "T00FAKE00AA" } as const;

export type Fault = "429" | "500" | "hang" | "reset";

export interface RecordedCall {
  /** "chat.postMessage", …, or "response_url". */
  method: string;
  path: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
  fault?: Fault;
}

export interface FakeUser {
  locale?: string;
  is_admin?: boolean;
  is_owner?: boolean;
}

const JSON_FIELDS = new Set(["blocks", "view", "attachments", "metadata"]);

function parseBody(raw: string, type: string | undefined): Record<string, unknown> {
  if (type?.startsWith("application/json")) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw))
    out[key] = JSON_FIELDS.has(key) && /^[[{]/.test(value) ? JSON.parse(value) : value;
  return out;
}

export async function startFakeSlackApi() {
  const calls: RecordedCall[] = [];
  const users = new Map<string, FakeUser>();
  const channelCreators = new Map<string, string>();
  const faults: { remaining: number; fault: Fault; method?: string; retryAfter: number }[] = [];
  const hanging = new Set<ServerResponse>();
  let ts = 1_700_000_000;
  let socketModeAnswer: Record<string, unknown> = { ok: false, error: "invalid_auth" };

  const reply = (method: string, body: Record<string, unknown>): Record<string, unknown> => {
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://fake.slack.test/",
          team: "errdesk-test",
          user: "errdesk",
          team_id: BOT.teamId,
          user_id: BOT.userId,
          bot_id: BOT.botId,
        };
      case "chat.postMessage":
        return {
          ok: true,
          channel: body.channel,
          ts: `${ts++}.000200`,
          message: { text: body.text, bot_id: BOT.botId },
        };
      case "chat.update":
        return { ok: true, channel: body.channel, ts: body.ts, text: body.text };
      case "chat.postEphemeral":
        return { ok: true, message_ts: `${ts++}.000300` };
      case "users.info": {
        const id = String(body.user);
        const user = users.get(id) ?? {};
        return {
          ok: true,
          user: {
            id,
            name: id.toLowerCase(),
            locale: user.locale ?? "en-US",
            is_admin: Boolean(user.is_admin),
            is_owner: Boolean(user.is_owner),
            is_primary_owner: false,
          },
        };
      }
      case "conversations.info": {
        const id = String(body.channel);
        return {
          ok: true,
          channel: { id, is_channel: true, creator: channelCreators.get(id) ?? "U00FAKEOWNER" },
        };
      }
      case "views.publish":
      case "views.open":
      case "views.push":
      case "views.update":
        return { ok: true, view: { id: `V${ts++}`, hash: `${ts}.hash`, ...(body.view as object) } };
      case "apps.connections.open":
        return socketModeAnswer;
      default:
        return { ok: false, error: "unknown_method" };
    }
  };

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    const path = req.url ?? "/";
    const api = /^\/api\/([\w.]+)/.exec(path);
    const method = api?.[1] ?? (path.startsWith("/response/") ? "response_url" : "unknown");
    const call: RecordedCall = {
      method,
      path,
      body: parseBody(raw, req.headers["content-type"]),
      authorization: req.headers.authorization,
    };
    calls.push(call);
    const rule = faults.find((f) => f.remaining > 0 && (!f.method || f.method === method));
    if (rule) {
      rule.remaining--;
      call.fault = rule.fault;
      if (rule.fault === "hang") return void hanging.add(res);
      if (rule.fault === "reset") return void req.socket.destroy();
      if (rule.fault === "429") {
        res.writeHead(429, { "retry-after": String(rule.retryAfter), "content-type": "application/json" });
        return void res.end(JSON.stringify({ ok: false, error: "ratelimited" }));
      }
      res.writeHead(500, { "content-type": "text/plain" });
      return void res.end("internal error");
    }
    res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify(method === "response_url" ? { ok: true } : reply(method, call.body)));
  };

  const server = createServer((req, res) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      raw += chunk;
    });
    req.on("end", () => handle(req, res, raw));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;

  return {
    url,
    apiUrl: `${url}/api/`,
    calls,
    /** Every call to `method`, failed attempts included. */
    callsTo: (method: string) => calls.filter((c) => c.method === method),
    /** Calls to `method` that were answered normally. */
    delivered: (method: string) => calls.filter((c) => c.method === method && !c.fault),
    responseUrl: (id: string) => `${url}/response/${id}`,
    setUser: (id: string, user: FakeUser) => void users.set(id, user),
    setChannelCreator: (channel: string, user: string) => void channelCreators.set(channel, user),
    setSocketModeAnswer: (answer: Record<string, unknown>) => {
      socketModeAnswer = answer;
    },
    /** Forgets the faults not used yet. */
    clearFaults() {
      faults.length = 0;
    },
    /** The next `times` calls (to `method`, if given) fail with `fault`. */
    failNext(times: number, fault: Fault, options: { method?: string; retryAfter?: number } = {}) {
      faults.push({
        remaining: times,
        fault,
        retryAfter: options.retryAfter ?? 1,
        ...(options.method ? { method: options.method } : {}),
      });
    },
    waitFor: <T>(find: () => T | undefined | null | false, what: string, timeoutMs?: number) =>
      waitFor(
        find,
        `${what} (the fake saw: ${calls.map((c) => c.method).join(", ") || "nothing"})`,
        timeoutMs,
      ),
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export type FakeSlackApi = Awaited<ReturnType<typeof startFakeSlackApi>>;

/** The headers Slack signs a request with: v0=HMAC-SHA256(secret, "v0:<ts>:<body>"). */
export function slackSignature(
  body: string,
  secret = SIGNING_SECRET,
  timestamp = Math.floor(Date.now() / 1000),
) {
  const signature = createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex");
  return { "x-slack-request-timestamp": String(timestamp), "x-slack-signature": `v0=${signature}` };
}

export interface SentRequest {
  status: number;
  text: string;
}

/**
 * Event ids are unique per test run: errdesk now remembers the ids it answered in its store, which
 * outlives a restart, so two senders must never reuse one by accident.
 */
const RUN = randomBytes(3).toString("hex").toUpperCase();
let eventCount = 0;

/** Sends what Slack sends to errdesk's Request URL, signed (or not, for the tests that check that). */
export function slackSender(eventsUrl: string, secret = SIGNING_SECRET) {
  const post = async (
    body: string,
    type: string,
    headers: Record<string, string> = {},
  ): Promise<SentRequest> => {
    const response = await fetch(eventsUrl, {
      method: "POST",
      // A string body keeps fetch from adding "; charset=UTF-8", which Bolt refuses for forms.
      headers: { "content-type": type, ...slackSignature(body, secret), ...headers },
      body,
    });
    return { status: response.status, text: await response.text() };
  };
  return {
    post,
    /** An Events API envelope around `event`; returns the event_id it used. */
    async event(event: Record<string, unknown>, options: { eventId?: string; retryNum?: number } = {}) {
      const eventId = options.eventId ?? `Ev00FAKE${RUN}${String(++eventCount).padStart(4, "0")}`;
      const body = JSON.stringify({
        token: "unused-verification-token",
        team_id: BOT.teamId,
        api_app_id: "A00FAKEAPP1",
        type: "event_callback",
        event_id: eventId,
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: BOT.teamId, user_id: BOT.userId, is_bot: true }],
        event,
      });
      const retry: Record<string, string> = options.retryNum
        ? { "x-slack-retry-num": String(options.retryNum), "x-slack-retry-reason": "http_timeout" }
        : {};
      return { eventId, ...(await post(body, "application/json", retry)) };
    },
    command(fields: Record<string, string>) {
      return post(new URLSearchParams(fields).toString(), "application/x-www-form-urlencoded");
    },
    interaction(payload: Record<string, unknown>) {
      return post(
        `payload=${encodeURIComponent(JSON.stringify(payload))}`,
        "application/x-www-form-urlencoded",
      );
    },
  };
}

/** The environment the brief's integration tests run errdesk with, pointed at `fake`. */
export function slackTestEnv(fake: FakeSlackApi, dataDir: string, extra: Record<string, string> = {}) {
  return {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: "0",
    HOST: "127.0.0.1",
    PLAYGROUND: "false",
    NODE_ENV: "test",
    DATA_DIR: dataDir,
    KNOWLEDGE_WATCH: "false",
    LOG_LEVEL: "debug",
    // Tests send many questions a minute from one user; rate-limits.test.ts turns the limits on.
    RATE_LIMIT_USER_PER_MINUTE: "0",
    RATE_LIMIT_CHANNEL_PER_MINUTE: "0",
    ...extra,
  };
}

export interface StartedErrdesk {
  /** http://127.0.0.1:<port> */
  url: string;
  eventsUrl: string;
  stop(): Promise<void>;
}

/** Starts errdesk as `npm start` does (adapters/app.ts `startApp`), logging into `logDestination`. */
export async function startErrdesk(
  env: Record<string, string>,
  logDestination: NodeJS.WritableStream,
): Promise<StartedErrdesk> {
  // Imported here so unit tests that only need the log sink do not load every adapter.
  const { startApp } = await import("../../adapters/app.ts");
  const app = await startApp(env, { logDestination });
  const url = `http://127.0.0.1:${app.port}`;
  return { url, eventsUrl: `${url}/slack/events`, stop: () => app.stop() };
}
