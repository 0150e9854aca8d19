/**
 * What every listener shares: the core, the small stores, and the few steps they all take (ask the
 * core in the asker's language, check a card before sending, say what happened to an event).
 */
import type { webApi } from "@slack/bolt";
import { type Answer, type ChannelKind, chooseLanguage, type Logger } from "../../src/index.ts";
import type { AdapterDeps } from "../http/mounted-adapter.ts";
import { RATE_LIMIT_NOTICES, type RateLimiter } from "../shared/rate-limiter.ts";
import type { Recorder } from "../store/recorder.ts";
import type { ChannelModes } from "./channel-modes.ts";
import { currentScope, scopeFields } from "./event-scope.ts";
import type { BotIdentity } from "./identity.ts";
import type { RecentLookups } from "./recent-lookups.ts";
import type { SlackMessage } from "./render/answer-to-blocks.ts";
import { section } from "./render/blocks.ts";
import { blockKitProblems } from "./render/check-limits.ts";
import { escapeMrkdwn } from "./render/mrkdwn.ts";
import type { Respond } from "./respond.ts";
import type { UserLocales } from "./user-locale.ts";

export interface SlackRuntime {
  knowledge: AdapterDeps["knowledge"];
  logger: Logger;
  modes: ChannelModes;
  locales: UserLocales;
  recent: RecentLookups;
  /** The store: answers and votes are recorded there, and events claimed (see claim()). */
  recorder: Recorder;
  identity: BotIdentity;
  respond: Respond;
  /** Answers per person and per channel (see adapters/shared/rate-limiter.ts). */
  limits: RateLimiter;
}

/**
 * Slack retries a delivery for about five minutes; an hour is a comfortable margin for remembering
 * what was answered.
 */
export const SEEN_TTL_MS = 60 * 60 * 1000;

/**
 * True for the one process, of all replicas sharing the store, that answers `key`: an event_id
 * Slack retries, or `channel:ts` of a mention that arrives as both `message` and `app_mention`.
 */
export const claim = (rt: SlackRuntime, key: string) => rt.recorder.claim(`slack:${key}`, SEEN_TTL_MS);

/** Records an answer once it was sent; latency runs from the request's arrival. Never throws. */
export function recordAnswer(
  rt: SlackRuntime,
  asked: { user: string; channelKind: ChannelKind; text: string; answer: Answer },
): Promise<void> {
  return rt.recorder.answered({
    platform: "slack",
    userId: asked.user,
    channelKind: asked.channelKind,
    text: asked.text,
    answer: asked.answer,
    startedAt: currentScope()?.receivedAt ?? Date.now(),
  });
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

/**
 * True when `user` has had their answers for now (or `channel` has, for answers everyone sees):
 * the first time in a window `notify` tells them, in their language; every time it is logged.
 */
export async function rateLimited(
  rt: SlackRuntime,
  client: webApi.WebClient,
  asked: { user: string; channel?: string; text: string },
  notify: (text: string) => Promise<unknown>,
): Promise<boolean> {
  const decision = rt.limits.take(asked.user, asked.channel);
  if (decision.allowed) return false;
  rt.logger.info(
    {
      ...scopeFields(),
      user: asked.user,
      channel: asked.channel,
      limit: decision.limit,
      notice: decision.notice,
    },
    "rate-limited",
  );
  if (decision.notice) {
    const locale = await rt.locales.get(client, asked.user);
    const lang = chooseLanguage({ ...(locale ? { locale } : {}), text: asked.text });
    await notify(RATE_LIMIT_NOTICES[lang][decision.limit]);
  }
  outcome(rt, decision.notice ? "rate-limited, notice sent" : "rate-limited");
  return true;
}
