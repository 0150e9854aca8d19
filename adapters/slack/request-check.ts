/**
 * What errdesk checks on a Slack request before Bolt sees it: the body has arrived whole (our
 * size and time limits, which Bolt's receiver does not have), the signature is Slack's and fresh,
 * and the body is something Bolt can read. Bolt checks the signature again; a request that fails
 * here never reaches it. Pure, except for the clock.
 * @see https://docs.slack.dev/authentication/verifying-requests-from-slack
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { parse } from "node:querystring";
import { z } from "zod";

/** Slack's own rule: a request more than five minutes from our clock may be a replay. */
export const MAX_SIGNATURE_AGE_S = 5 * 60;

export type Check = { ok: true } | { ok: false; status: 400 | 401; reason: string };

const FORM = "application/x-www-form-urlencoded";

const header = (headers: IncomingHttpHeaders, name: string) => {
  const value = headers[name];
  return typeof value === "string" ? value : undefined;
};

/** `v0=` HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the signing secret, compared in constant time. */
export function checkSignature(
  secret: string,
  headers: IncomingHttpHeaders,
  body: Buffer,
  nowMs: number = Date.now(),
): Check {
  const timestamp = header(headers, "x-slack-request-timestamp");
  const signature = header(headers, "x-slack-signature");
  if (!timestamp || !signature) return { ok: false, status: 401, reason: "no signature" };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, status: 401, reason: "malformed timestamp" };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_SIGNATURE_AGE_S)
    return { ok: false, status: 401, reason: "stale timestamp" };
  const expected = Buffer.from(
    `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:`).update(body).digest("hex")}`,
  );
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, status: 401, reason: "signature mismatch" };
  return { ok: true };
}

/** Bolt answers `ssl_check=1` (Slack checking our certificate) without a signature, and processes nothing. */
export function isSslCheck(headers: IncomingHttpHeaders, body: Buffer): boolean {
  return header(headers, "content-type") === FORM && parse(body.toString("utf8")).ssl_check === "1";
}

// Texts are bounded by MAX_BODY_BYTES already; a 40,000-character message grows when escaped.
const text = z.string();
const id = z.string().min(1).max(255);
const account = z.looseObject({ id });

/** The fields of an event errdesk reads, where it reads them; other event types pass as they are. */
const READ_EVENTS = new Set(["message", "app_mention", "app_home_opened"]);
// null is taken as absent (translate.ts reads every field with ?? or a truthiness check).
const readEvent = z.looseObject({
  type: z.string(),
  channel: id.nullish(),
  channel_type: id.nullish(),
  user: id.nullish(),
  text: text.nullish(),
  ts: id.nullish(),
  thread_ts: id.nullish(),
  bot_id: id.nullish(),
  subtype: id.nullish(),
  tab: id.nullish(),
});

/** What each kind of request errdesk handles must carry, as Bolt routes them (helpers.ts getTypeAndConversation). */
const KINDS = {
  event: z.looseObject({
    type: z.string().max(100),
    event_id: id.optional(),
    event: z.looseObject({ type: z.string().min(1).max(100) }),
  }),
  command: z.looseObject({
    command: z.string().min(1).max(100),
    text: text.optional(),
    user_id: id,
    channel_id: id,
    response_url: text.optional(),
  }),
  action: z.looseObject({
    type: z.literal("block_actions"),
    actions: z
      .array(z.looseObject({ action_id: id, value: text.optional() }))
      .min(1)
      .max(25),
    user: account,
    response_url: text.optional(),
    container: z.looseObject({}).optional(),
    channel: account.optional(),
    message: z.looseObject({ ts: id.optional() }).optional(),
    view: z.looseObject({ id, hash: id.optional() }).optional(),
  }),
  shortcut: z.looseObject({
    type: z.literal("message_action"),
    callback_id: id,
    trigger_id: id,
    user: account,
    message: z.looseObject({ text: text.optional() }),
    channel: account.optional(),
    response_url: text.optional(),
  }),
  view: z.looseObject({
    type: z.enum(["view_submission", "view_closed"]),
    user: account,
    view: z.looseObject({ id, callback_id: z.string().max(255).optional() }),
  }),
  verification: z.looseObject({ type: z.literal("url_verification"), challenge: z.string().max(1_000) }),
};

/** Which kind Bolt would take the body for; anything errdesk does not handle is refused here. */
function kindOf(body: Record<string, unknown>): keyof typeof KINDS | undefined {
  if (body.type === "url_verification") return "verification";
  if (body.event !== undefined) return "event";
  if (body.command !== undefined) return "command";
  if (body.actions !== undefined || body.type === "block_actions") return "action";
  if (body.type === "message_action") return "shortcut";
  if (body.type === "view_submission" || body.type === "view_closed") return "view";
  return undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The body as Bolt will read it (a form, a form with a JSON `payload`, or JSON; forms only for
 * exactly `application/x-www-form-urlencoded`) is a request errdesk handles, with the fields it
 * reads of the types it expects. Bolt and the listeners trust what gets past this.
 */
export function checkBody(headers: IncomingHttpHeaders, body: Buffer): Check {
  const raw = body.toString("utf8");
  let data: unknown;
  try {
    if (header(headers, "content-type") === FORM) {
      const form = parse(raw);
      data = typeof form.payload === "string" ? JSON.parse(form.payload) : form;
    } else {
      data = JSON.parse(raw);
    }
  } catch {
    return { ok: false, status: 400, reason: "the body is neither a form nor JSON" };
  }
  if (!isObject(data)) return { ok: false, status: 400, reason: "the body is not an object" };
  const kind = kindOf(data);
  if (!kind)
    return {
      ok: false,
      status: 400,
      reason: `errdesk does not handle ${String(data.type ?? "this request")}`,
    };
  const parsed = KINDS[kind].safeParse(data);
  const event = kind === "event" && isObject(data.event) ? data.event : undefined;
  const eventParsed = event && READ_EVENTS.has(String(event.type)) ? readEvent.safeParse(event) : undefined;
  const issue = !parsed.success
    ? parsed.error.issues[0]
    : eventParsed?.success === false
      ? eventParsed.error.issues[0]
      : undefined;
  if (!issue) return { ok: true };
  const where = [...(eventParsed?.success === false ? ["event"] : []), ...issue.path].join(".");
  return { ok: false, status: 400, reason: `${kind}: ${where || "body"} ${issue.message}` };
}
