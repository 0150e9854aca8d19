/**
 * A local stand-in for the Bot Connector service (the `serviceUrl` of every Teams activity). It
 * accepts what botbuilder sends, records it and answers `{ id }`, and can be told to misbehave
 * (429 with Retry-After, 500, a reset connection, or never answer) for the next calls. Given an
 * `authorize` check, it refuses (401) calls whose Authorization header fails it, as the real one
 * does. Tests assert on what it received.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ConnectorCall {
  method: string;
  /** Decoded, e.g. "19:abc@thread.tacv2;messageid=1". */
  conversationId: string;
  /** The activity replied to (POST) or replaced (PUT), when the path names one. */
  activityId?: string;
  activity: Record<string, unknown>;
  /** The Authorization header the call came with. */
  authorization?: string;
  /** What the fake answered; 0 for a call it left hanging or cut. */
  status: number;
}

/** 429 and 500 are worth a retry; 403 and 404 are what Teams answers to an update it will not allow. */
export type ConnectorFault =
  | { status: 429; retryAfterSeconds?: number }
  | { status: 500 | 403 | 404 }
  | "hang"
  | "reset";

export interface FakeBotConnector {
  /** The serviceUrl to put in activities. */
  url: string;
  /** Every call, in order, including the ones that were failed on purpose. */
  calls: ConnectorCall[];
  /** Calls answered 200: new messages (POST) and updates (PUT). */
  delivered(method?: "POST" | "PUT"): ConnectorCall[];
  /** The next `count` calls get `fault` instead of 200. */
  failNext(count: number, fault: ConnectorFault): void;
  /** Forgets the faults not used yet. */
  clearFaults(): void;
  /** Polls until `predicate` holds for the calls so far; fails with what arrived after `timeoutMs`. */
  waitFor(predicate: (calls: ConnectorCall[]) => boolean, timeoutMs?: number): Promise<ConnectorCall[]>;
  close(): Promise<void>;
}

const PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (text += chunk));
    req.on("end", () => resolve(text));
    req.on("error", reject);
  });
}

function answer(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(text);
}

export async function startFakeBotConnector(
  options: { authorize?: (authorization: string | undefined) => boolean } = {},
): Promise<FakeBotConnector> {
  const calls: ConnectorCall[] = [];
  const faults: ConnectorFault[] = [];
  const hanging = new Set<ServerResponse>();
  let nextId = 1;

  const server = createServer(async (req, res) => {
    const text = await readBody(req);
    const match = PATH.exec((req.url ?? "").split("?")[0] ?? "");
    let activity: Record<string, unknown> = {};
    try {
      activity = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      // recorded with an empty activity; the status says why
    }
    const call: ConnectorCall = {
      method: req.method ?? "",
      conversationId: match?.[1] ? decodeURIComponent(match[1]) : "",
      ...(match?.[2] ? { activityId: decodeURIComponent(match[2]) } : {}),
      activity,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      status: 0,
    };
    calls.push(call);
    if (options.authorize && !options.authorize(req.headers.authorization)) {
      call.status = 401;
      return answer(res, 401, { error: { code: "Unauthorized", message: "bad or missing token" } });
    }
    if (!match || (req.method !== "POST" && req.method !== "PUT")) {
      call.status = 404;
      return answer(res, 404, { error: { code: "NotFound", message: `no route ${req.method} ${req.url}` } });
    }
    const fault = faults.shift();
    if (fault === "hang") return void hanging.add(res);
    if (fault === "reset") return void req.socket.destroy();
    if (fault?.status === 429) {
      call.status = 429;
      const retryAfter = String(fault.retryAfterSeconds ?? 1);
      return answer(
        res,
        429,
        { error: { code: "Throttled", message: "slow down" } },
        { "retry-after": retryAfter },
      );
    }
    if (fault) {
      call.status = fault.status;
      return answer(res, fault.status, {
        error: { code: `Http${fault.status}`, message: "fake connector fault" },
      });
    }
    call.status = 200;
    answer(res, 200, { id: call.method === "PUT" ? call.activityId : `activity-${nextId++}` });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    delivered: (method) => calls.filter((c) => c.status === 200 && (!method || c.method === method)),
    failNext(count, fault) {
      for (let i = 0; i < count; i++) faults.push(fault);
    },
    clearFaults() {
      faults.length = 0;
    },
    async waitFor(predicate, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      while (!predicate(calls)) {
        if (Date.now() > until) {
          const seen = calls.map((c) => `${c.method} ${c.conversationId} → ${c.status}`).join("; ");
          throw new Error(
            `fake Bot Connector: condition not met within ${timeoutMs} ms; calls: ${seen || "none"}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return calls;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Fake ids in the shapes Teams uses (29: users, 28: bots, 19: channels, a: personal chats). */
export const FAKE = {
  botId: "28:00000000-0000-0000-0000-0000000fa4e0",
  botName: "errdesk",
  userId: "29:1FAKEUSER00AAbbCCddEEffGGhhII",
  tenantId: "00000000-0000-0000-0000-00000000fa4e",
  personalChat: "a:1FAKEPERSONALCHAT00aa",
  channelThread: "19:FAKECHANNEL00aa@thread.tacv2;messageid=1700000000001",
  groupChat: "19:FAKEGROUPCHAT00aa@thread.v2",
};

let activitySeq = 0;

/** Builds Teams activities that point back at `serviceUrl`, each with a fresh id. */
export function teamsActivities(serviceUrl: string) {
  const base = (conversation: Record<string, unknown>, extra: Record<string, unknown>) => ({
    channelId: "msteams",
    serviceUrl,
    id: `1700000000${String(++activitySeq).padStart(3, "0")}`,
    timestamp: "2025-01-01T09:00:00.000Z",
    from: { id: FAKE.userId, name: "Fake User", aadObjectId: "00000000-0000-0000-0000-00000000a11c" },
    recipient: { id: FAKE.botId, name: FAKE.botName },
    conversation: { tenantId: FAKE.tenantId, ...conversation },
    channelData: { tenant: { id: FAKE.tenantId } },
    ...extra,
  });
  const personal = { id: FAKE.personalChat, conversationType: "personal" };
  const channel = { id: FAKE.channelThread, conversationType: "channel", isGroup: true };
  const at = `<at>${FAKE.botName}</at>`;
  const mention = { type: "mention", text: at, mentioned: { id: FAKE.botId, name: FAKE.botName } };

  return {
    personalMessage: (text: string, extra: Record<string, unknown> = {}) =>
      base(personal, { type: "message", text, textFormat: "plain", locale: "en-US", ...extra }),
    channelMessage: (text: string, options: { mention?: boolean } = {}) =>
      base(channel, {
        type: "message",
        text: options.mention === false ? text : `${at} ${text}`,
        textFormat: "plain",
        locale: "en-US",
        entities: options.mention === false ? [] : [mention],
        channelData: {
          tenant: { id: FAKE.tenantId },
          team: { id: "19:FAKETEAM@thread.tacv2" },
          channel: { id: "19:FAKECHANNEL00aa@thread.tacv2" },
        },
      }),
    /** Action.Submit: a message with the button's data as `value` and the card's message id. */
    cardSubmit: (data: Record<string, unknown>, replyToId: string, conversation = personal) =>
      base(conversation, { type: "message", value: data, replyToId, locale: "en-US" }),
    invoke: (name: string, value: unknown) =>
      base(personal, { type: "invoke", name, value, locale: "en-US" }),
    botAdded: (conversation = channel) =>
      base(conversation, { type: "conversationUpdate", membersAdded: [{ id: FAKE.botId }] }),
    installed: (locale = "en-US") => base(personal, { type: "installationUpdate", action: "add", locale }),
  };
}
