/**
 * Slack payloads → the core's question: whether to answer a message at all, the text with Slack's
 * markup removed, where the reply goes, and what a /errdesk command asks for. Pure.
 * @see https://docs.slack.dev/reference/events/message
 * @see https://docs.slack.dev/messaging/formatting-message-text#escaping
 */
import type { ChannelKind } from "../../src/index.ts";
import { type ChannelMode, isChannelMode } from "./channel-modes.ts";

/** The fields of a `message` or `app_mention` event errdesk reads. */
export interface SlackMessageEvent {
  type: string;
  subtype?: string | null;
  channel: string;
  channel_type?: string;
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  bot_id?: string;
}

export type MessageDecision =
  | { answer: false; reason: string }
  | {
      answer: true;
      text: string;
      user: string;
      /** "dm": answer any text. "channel": answer only text with a code, unless the mode says mentions only. */
      surface: "dm" | "channel";
      /** Reply in this thread; undefined: reply at the top of a DM. */
      threadTs: string | undefined;
    };

/** Subtypes that are a person writing: a plain message, a thread reply also sent to the channel, a file with a comment. */
const ANSWERED_SUBTYPES = new Set([undefined, "thread_broadcast", "file_share"]);

const SKIPPED_SUBTYPES: Record<string, string> = {
  bot_message: "bot message",
  message_changed: "edit",
  message_deleted: "deletion",
};

/**
 * Slack's markup → plain text: mentions of people and the bot dropped, `<#C1|general>` → #general,
 * `<https://x|label>` → label, special mentions dropped, `&lt;` `&gt;` `&amp;` unescaped.
 */
export function toPlainText(text: string): string {
  return text
    .replace(/<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g, " ")
    .replace(/<#[CG][A-Z0-9]+\|([^>]*)>/g, "#$1")
    .replace(/<#[CG][A-Z0-9]+>/g, " ")
    .replace(/<![^>]*>/g, " ")
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]*)>/g, "$2")
    .replace(/<((?:https?|mailto):[^>]+)>/g, "$1")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&")
    .replace(/[ \t]+/g, " ")
    .trim();
}

export function readMessage(event: SlackMessageEvent, botUserId: string | undefined): MessageDecision {
  if (event.bot_id || event.subtype === "bot_message") return { answer: false, reason: "bot message" };
  if (!ANSWERED_SUBTYPES.has(event.subtype ?? undefined))
    return { answer: false, reason: SKIPPED_SUBTYPES[event.subtype ?? ""] ?? `subtype ${event.subtype}` };
  if (!event.user) return { answer: false, reason: "no author" };
  if (botUserId && event.user === botUserId) return { answer: false, reason: "own message" };
  const text = toPlainText(event.text ?? "");
  if (!text) return { answer: false, reason: "no text" };
  if (event.channel_type === "im")
    return { answer: true, text, user: event.user, surface: "dm", threadTs: event.thread_ts };
  return { answer: true, text, user: event.user, surface: "channel", threadTs: event.thread_ts ?? event.ts };
}

/** A mention: always answered (symptoms too), in the thread, unless a bot (errdesk itself included) wrote it. */
export function readMention(event: SlackMessageEvent, botUserId?: string): MessageDecision {
  if (event.bot_id || event.subtype === "bot_message") return { answer: false, reason: "bot message" };
  if (!event.user) return { answer: false, reason: "no author" };
  if (botUserId && event.user === botUserId) return { answer: false, reason: "own message" };
  return {
    answer: true,
    text: toPlainText(event.text ?? ""),
    user: event.user,
    surface: "channel",
    threadTs: event.thread_ts ?? event.ts,
  };
}

export type CommandRequest =
  | { kind: "help" }
  | { kind: "mode"; mode?: ChannelMode; invalid?: string }
  | { kind: "lookup"; text: string };

const MODE_WORDS: Record<string, ChannelMode> = { códigos: "codes", codigos: "codes", menciones: "mentions" };

/** `/errdesk` text: "" or "help" → help; "mode [codes|mentions]" → mode; anything else is a question. */
export function readCommand(text: string): CommandRequest {
  const plain = toPlainText(text);
  if (/^(?:|help|ayuda|\?)$/i.test(plain)) return { kind: "help" };
  const mode = /^(?:mode|modo)(?:\s+(\S+))?\s*$/i.exec(plain);
  if (mode) {
    const word = mode[1]?.toLowerCase();
    if (!word) return { kind: "mode" };
    const chosen = isChannelMode(word) ? word : MODE_WORDS[word];
    return chosen ? { kind: "mode", mode: chosen } : { kind: "mode", invalid: word };
  }
  return { kind: "lookup", text: plain };
}

/**
 * Where a question was asked, in the store's words: `channel_type` when the event has it, else the
 * channel's id (D: a DM) or, for commands and shortcuts, its name ("directmessage", "mpdm-…").
 */
export function channelKindOf(channel: { type?: string; id?: string; name?: string }): ChannelKind {
  if (channel.type === "im" || channel.id?.startsWith("D") || channel.name === "directmessage")
    return "direct";
  if (channel.type === "mpim" || channel.name?.startsWith("mpdm-")) return "group";
  return "channel";
}

/** Channel ids starting with D are direct messages, where modes do not apply. */
export const isDirectMessage = (channelId: string) => channelId.startsWith("D");
