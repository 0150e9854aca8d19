/**
 * What errdesk does with each Teams activity: answer questions, answer card buttons, serve the
 * messaging extension, welcome new conversations. No SDK types here; see bot-framework.ts.
 *
 * Logs carry activity ids, kinds and codes; message text only at debug level.
 */

import { chooseLanguage, type Errdesk, type Language } from "../../src/index.ts";
import type { AdapterDeps } from "../http/mounted-adapter.ts";
import { EXAMPLES } from "../shared/labels.ts";
import { localeOf, type TeamsActivity } from "./activity.ts";
import type { InvokeResult, TeamsTurn, TurnHandler } from "./bot-framework.ts";
import { answerCardAction, submittedAction } from "./card-actions.ts";
import { ConnectorError } from "./connector-retry.ts";
import { answerSearchQuery, answerSelectItem } from "./messaging-extension.ts";
import { createRecentIds } from "./recent-ids.ts";
import { answerToAdaptiveCard } from "./render/answer-to-card.ts";
import { openAction } from "./render/suggestions-body.ts";
import { type WelcomeExample, welcomeCard } from "./render/welcome-card.ts";
import { toQuestion } from "./to-question.ts";

/** Teams may redeliver an activity it thinks was lost; ten minutes covers its retries. */
const REMEMBER = { ttlMs: 10 * 60_000, max: 10_000 };

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

export function createTeamsBot(deps: Pick<AdapterDeps, "knowledge" | "logger">): TurnHandler {
  const { logger } = deps;
  const delivered = createRecentIds(REMEMBER);
  const welcomed = createRecentIds(REMEMBER);

  const welcome = async (turn: TeamsTurn, always = false) => {
    const a = turn.activity;
    if (!always && welcomed.seen(a.conversation?.id ?? "")) return;
    const errdesk = deps.knowledge.current();
    const locale = localeOf(a);
    const lang = chooseLanguage({ text: "", ...(locale ? { locale } : {}) });
    const card = welcomeCard(lang, welcomeExamples(errdesk, lang));
    logger.info({ activityId: a.id, type: a.type }, "welcome");
    await turn.reply({ card, summary: String(card.fallbackText) });
  };

  const onMessage = async (turn: TeamsTurn) => {
    const a = turn.activity;
    if (a.id && delivered.seen(`${a.conversation?.id}|${a.id}`))
      return void logger.info({ activityId: a.id }, "activity already answered; ignored");
    const errdesk = deps.knowledge.current();
    const submitted = submittedAction(a);
    if (submitted) {
      if (submitted.action) return answerCardAction(turn, submitted.action, errdesk, logger);
      logger.warn({ activityId: a.id }, "card action not understood (stale or forged card); sent help");
      return welcome(turn, true);
    }
    const question = toQuestion(a);
    if (question.kind === "ignore")
      return void logger.debug({ activityId: a.id, reason: question.reason }, "message ignored");
    if (question.kind === "help") return welcome(turn, true);
    logger.debug({ activityId: a.id, text: question.text }, "question");
    const answer = errdesk.answer(question.text, question.context);
    logger.info(
      { activityId: a.id, kind: answer.kind, codes: answer.hits.map((h) => h.value), lang: answer.lang },
      "answered",
    );
    await turn.reply({ card: answerToAdaptiveCard(answer), summary: answer.text });
  };

  const onInvoke = (a: TeamsActivity): InvokeResult => {
    const errdesk = deps.knowledge.current();
    switch (a.name) {
      case "composeExtension/query":
        return answerSearchQuery(a, errdesk);
      case "composeExtension/selectItem":
        return answerSelectItem(a, errdesk);
      default:
        logger.info({ activityId: a.id, name: a.name }, "invoke not handled");
        return { status: 501 };
    }
  };

  return async (turn) => {
    const a = turn.activity;
    try {
      switch (a.type) {
        case "message":
          return void (await onMessage(turn));
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
}
