/**
 * What every listener shares: the core, the small stores, and the few steps they all take (ask the
 * core in the asker's language, check a card before sending, say what happened to an event).
 */
import type { webApi } from "@slack/bolt";
import type { Answer, Logger } from "../../src/index.ts";
import type { AdapterDeps } from "../http/mounted-adapter.ts";
import type { ChannelModes } from "./channel-modes.ts";
import { scopeFields } from "./event-scope.ts";
import type { BotIdentity } from "./identity.ts";
import type { RecentLookups } from "./recent-lookups.ts";
import type { SlackMessage } from "./render/answer-to-blocks.ts";
import { section } from "./render/blocks.ts";
import { blockKitProblems } from "./render/check-limits.ts";
import { escapeMrkdwn } from "./render/mrkdwn.ts";
import type { Respond } from "./respond.ts";
import type { TtlSet } from "./ttl-set.ts";
import type { UserLocales } from "./user-locale.ts";

export interface SlackRuntime {
  knowledge: AdapterDeps["knowledge"];
  logger: Logger;
  modes: ChannelModes;
  locales: UserLocales;
  recent: RecentLookups;
  /** `channel:ts` of messages already answered: a mention arrives as `message` and `app_mention`. */
  answered: TtlSet;
  identity: BotIdentity;
  respond: Respond;
}

/** Our Block type is a subset of Slack's; the client's own union is wider than we need to name. */
// biome-ignore lint/suspicious/noExplicitAny: the Web API's block union, structurally matched by ours
export type ApiBlocks = any[];

/** Asks the core in the asker's language and remembers the question for their App Home. */
export async function answerFor(
  rt: SlackRuntime,
  client: webApi.WebClient,
  user: string,
  text: string,
  budgetMs?: number,
): Promise<Answer> {
  const locale = await rt.locales.get(client, user, budgetMs);
  const answer = rt.knowledge.current().answer(text, locale ? { locale } : {});
  rt.recent.add(user, text, answer);
  rt.logger.debug({ ...scopeFields(), text }, "question");
  rt.logger.info(
    { ...scopeFields(), kind: answer.kind, lang: answer.lang, codes: answer.hits.map((h) => h.value) },
    "answered",
  );
  return answer;
}

/** A card that breaks a Block Kit limit (a renderer bug) is logged and sent as its plain text. */
export function checked(rt: SlackRuntime, message: SlackMessage, maxBlocks?: number): SlackMessage {
  const problems = blockKitProblems(message.blocks, maxBlocks);
  if (problems.length === 0) return message;
  rt.logger.error({ ...scopeFields(), problems }, "card breaks Block Kit limits; sending plain text");
  return { text: message.text, blocks: [section(escapeMrkdwn(message.text))] };
}

/** Why an event got no reply, or that it got one: debug lines that tests and admins can follow. */
export function outcome(rt: SlackRuntime, result: string): void {
  rt.logger.debug({ ...scopeFields(), outcome: result }, "slack event handled");
}
