/**
 * What errdesk does with each Teams activity: answer questions, answer card buttons, serve the
 * messaging extension, welcome new conversations. No SDK types here; see bot-framework.ts.
 *
 * Logs carry activity ids, kinds and codes; message text only at debug level.
 */

import { chooseLanguage, type Errdesk, type Language } from "../../src/index.ts";
import type { AdapterDeps, StoreSize } from "../http/mounted-adapter.ts";
import { EXAMPLES } from "../shared/labels.ts";
import { createRateLimiter, RATE_LIMIT_NOTICES } from "../shared/rate-limiter.ts";
import { channelKindOf, isPersonal, localeOf, type TeamsActivity, userIdOf } from "./activity.ts";
import type { InvokeResult, TeamsTurn, TurnHandler } from "./bot-framework.ts";
import { answerCardAction, answerComment, submittedAction } from "./card-actions.ts";
import { ConnectorError } from "./connector-retry.ts";
import { answerSearchQuery, answerSelectItem } from "./messaging-extension.ts";
import { answerToAdaptiveCard } from "./render/answer-to-card.ts";
import { submittedComment } from "./render/comment-box.ts";
import { noticeCard } from "./render/notice-card.ts";
import { openAction } from "./render/suggestions-body.ts";
import { type WelcomeExample, welcomeCard } from "./render/welcome-card.ts";
import { toQuestion } from "./to-question.ts";

/**
 * Teams may redeliver an activity it thinks was lost, maybe to another replica; ten minutes covers
 * its retries. Claims live in the store, shared by replicas.
 */
const REMEMBER_MS = 10 * 60_000;

/**
 * Why a message comes from a bot, errdesk itself included, and must never be answered (two bots
 * answering each other never stop). Teams ids: 29: people, 28: bots.
 */
export function botAuthor(a: TeamsActivity): string | undefined {
  if (a.from?.id && a.from.id === a.recipient?.id) return "own message";
  if (a.from?.role === "bot") return "bot message";
  if (a.from?.id?.startsWith("28:")) return "bot message";
  return undefined;
}

/** Rate-limit keys: the person (their Entra id when Teams gives it), and the channel or group chat. */
function askedBy(a: TeamsActivity): { user: string; channel?: string } {
  const user = userIdOf(a);
  // A channel thread's id is the channel's id plus ";messageid=…": the whole channel counts together.
  const channel = isPersonal(a) ? undefined : a.conversation?.id.split(";")[0];
  return channel ? { user, channel } : { user };
}

export interface TeamsBot {
  onTurn: TurnHandler;
  stores(): Record<string, StoreSize>;
}

/** The welcome examples, each with the button the core would answer it with. */
function welcomeExamples(errdesk: Errdesk, lang: Language): WelcomeExample[] {
  return EXAMPLES[lang].map((text) => {
    const answer = errdesk.answer(text, { lang });
    const hit = answer.hits[0];
    const top = hit?.interpretations[0];
    if (hit && top) return { text, action: { type: "lookup", value: hit.value, family: top.family, lang } };
    const suggestion = answer.suggestions[0];
    const action = suggestion && openAction(suggestion, lang);
    return action ? { text, action } : { text };
  });
}

export function createTeamsBot(
  deps: Pick<AdapterDeps, "knowledge" | "logger" | "rateLimits" | "maxTrackedKeys" | "recorder">,
): TeamsBot {
  const { logger, recorder } = deps;
  const max = deps.maxTrackedKeys;
  /** True for the one replica that handles `key` (an activity, a conversation's welcome). */
  const claim = (key: string) => recorder.claim(`teams:${key}`, REMEMBER_MS);
  const limits = createRateLimiter(deps.rateLimits, { maxKeys: max });

  /** True when the asker (or their channel) has had their answers for now; says so once. */
  const rateLimited = async (turn: TeamsTurn, text: string) => {
    const a = turn.activity;
    const asked = askedBy(a);
    const decision = limits.take(asked.user, asked.channel);
    if (decision.allowed) return false;
    logger.info(
      { activityId: a.id, ...asked, limit: decision.limit, notice: decision.notice },
      "rate-limited",
    );
    if (decision.notice) {
      const locale = localeOf(a);
      const lang = chooseLanguage({ text, ...(locale ? { locale } : {}) });
      const notice = RATE_LIMIT_NOTICES[lang][decision.limit];
      await turn.reply({ card: noticeCard(notice, lang), summary: notice });
    }
    return true;
  };

  const welcome = async (turn: TeamsTurn, always = false) => {
    const a = turn.activity;
    if (!always && !(await claim(`welcome:${a.conversation?.id ?? ""}`))) return;
    const errdesk = deps.knowledge.current();
    const locale = localeOf(a);
    const lang = chooseLanguage({ text: "", ...(locale ? { locale } : {}) });
    const card = welcomeCard(lang, welcomeExamples(errdesk, lang));
    logger.info({ activityId: a.id, type: a.type }, "welcome");
    await turn.reply({ card, summary: String(card.fallbackText) });
  };

  const onMessage = async (turn: TeamsTurn, startedAt: number) => {
    const a = turn.activity;
    const bot = botAuthor(a);
    if (bot) return void logger.debug({ activityId: a.id, reason: bot }, "message ignored");
    if (a.id && !(await claim(`activity:${a.conversation?.id}|${a.id}`)))
      return void logger.info({ activityId: a.id }, "activity already answered; ignored");
    const errdesk = deps.knowledge.current();
    // A card button updates its own card: not rate-limited, like Slack's buttons.
    const comment = submittedComment(a.value);
    if (comment) return answerComment(turn, comment, { errdesk, logger, recorder });
    const submitted = submittedAction(a);
    if (submitted) {
      if (submitted.action) return answerCardAction(turn, submitted.action, { errdesk, logger, recorder });
      logger.warn({ activityId: a.id }, "card action not understood (stale or forged card); sent help");
      return welcome(turn, true);
    }
    const question = toQuestion(a);
    if (question.kind === "ignore")
      return void logger.debug({ activityId: a.id, reason: question.reason }, "message ignored");
    if (await rateLimited(turn, question.kind === "question" ? question.text : "")) return;
    if (question.kind === "help") return welcome(turn, true);
    logger.debug({ activityId: a.id, text: question.text }, "question");
    const answer = errdesk.answer(question.text, question.context);
    logger.info(
      { activityId: a.id, kind: answer.kind, codes: answer.hits.map((h) => h.value), lang: answer.lang },
      "answered",
    );
    await turn.reply({ card: answerToAdaptiveCard(answer), summary: answer.text });
    const channelKind = channelKindOf(a);
    await recorder.answered({
      platform: "teams",
      userId: userIdOf(a),
      channelKind,
      text: question.text,
      answer,
      startedAt,
    });
  };

  const onInvoke = (a: TeamsActivity): InvokeResult => {
    const errdesk = deps.knowledge.current();
    switch (a.name) {
      case "composeExtension/query":
        return answerSearchQuery(a, errdesk);
      case "composeExtension/selectItem":
        return answerSelectItem(a, errdesk);
      default:
        // botbuilder answers 501 here; a request errdesk cannot serve is the caller's problem (4xx).
        logger.info({ activityId: a.id, name: a.name }, "invoke not handled");
        return { status: 400, body: { error: "errdesk does not handle this invoke" } };
    }
  };

  const onTurn: TurnHandler = async (turn) => {
    const a = turn.activity;
    try {
      switch (a.type) {
        case "message":
          return void (await onMessage(turn, Date.now()));
        case "invoke":
          return onInvoke(a);
        case "conversationUpdate":
          if (a.membersAdded?.some((m) => m.id === a.recipient?.id)) await welcome(turn);
          return undefined;
        case "installationUpdate":
          if (a.action === "add") await welcome(turn);
          return undefined;
        default:
          return undefined;
      }
    } catch (error) {
      // Connector failures are logged, with the activity id, where they happen.
      if (!(error instanceof ConnectorError))
        logger.error({ err: error, activityId: a.id, type: a.type }, "Teams activity failed");
      return a.type === "invoke" ? { status: 500 } : undefined;
    }
  };

  return {
    onTurn,
    stores() {
      const sizes = limits.sizes();
      return {
        "teams.rateLimit.users": { size: sizes.users, max },
        "teams.rateLimit.channels": { size: sizes.channels, max },
        "store.recentClaims": { size: recorder.recentClaims(), max },
      };
    },
  };
}
