/**
 * A Teams message → the question for the core, or why errdesk stays quiet. In a personal chat every
 * message is a question; in channels and group chats only messages that @mention the bot are.
 * @see https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/channel-and-group-conversations
 */
import type { AnswerContext } from "../../src/index.ts";
import { isPersonal, localeOf, mentionsBot, mentionsOf, type TeamsActivity } from "./activity.ts";

export type Question =
  | { kind: "question"; text: string; context: AnswerContext }
  /** "help", or a bare mention: answer with the welcome card, which says how to ask. */
  | { kind: "help"; context: AnswerContext }
  | { kind: "ignore"; reason: "not-mentioned" | "empty" };

/** The manifest's "help" command, and its Spanish twin. */
const HELP = /^(?:help|ayuda|\?)$/i;

const decodeEntities = (text: string) =>
  text
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/**
 * Removes the bot's own mention (`<at>errdesk</at>`) wherever it is; other people's mentions keep
 * their name, without the tags. Teams sends text with HTML entities, which are decoded after.
 */
export function stripMentions(activity: TeamsActivity): string {
  let text = activity.text ?? "";
  for (const m of mentionsOf(activity)) {
    if (m.text && m.mentioned?.id === activity.recipient?.id) text = text.split(m.text).join(" ");
  }
  text = text.replace(/<at>([^<]*)<\/at>/gi, "$1").replace(/<[^>]+>/g, " ");
  return decodeEntities(text).replace(/\s+/g, " ").trim();
}

export function toQuestion(activity: TeamsActivity): Question {
  const locale = localeOf(activity);
  const context: AnswerContext = locale ? { locale } : {};
  const personal = isPersonal(activity);
  if (!personal && !mentionsBot(activity)) return { kind: "ignore", reason: "not-mentioned" };
  const text = stripMentions(activity);
  if (HELP.test(text)) return { kind: "help", context };
  if (text) return { kind: "question", text, context };
  return personal ? { kind: "ignore", reason: "empty" } : { kind: "help", context };
}
