/**
 * A click on a card button (Action.Submit arrives as a message whose `value` is the button's data):
 * the core answers the action and the card is replaced in place; when Teams will not let the bot
 * edit that message, the answer goes to the same thread instead.
 * @see https://learn.microsoft.com/microsoftteams/platform/bots/how-to/update-and-delete-bot-messages
 */
import type { AnswerAction, Errdesk, Logger } from "../../src/index.ts";
import { decodeAction } from "../shared/action-payload.ts";
import { localeOf, type TeamsActivity } from "./activity.ts";
import type { TeamsTurn } from "./bot-framework.ts";
import { ConnectorError, isTransient } from "./connector-retry.ts";
import { answerToAdaptiveCard } from "./render/answer-to-card.ts";
import { CARD_DATA_KEY } from "./render/elements.ts";

/** The action a card button carried, if the message is a card submit at all. */
export function submittedAction(activity: TeamsActivity): { action?: AnswerAction } | undefined {
  const value = activity.value;
  if (!value || typeof value !== "object" || !(CARD_DATA_KEY in value)) return undefined;
  const action = decodeAction((value as Record<string, unknown>)[CARD_DATA_KEY]);
  return action ? { action } : {};
}

/** Feedback is logged by article and code only, never with message text (storing it comes later). */
function logFeedback(action: AnswerAction, activityId: string | undefined, logger: Logger): void {
  if (action.type !== "feedback") return;
  logger.info(
    {
      activityId,
      helpful: action.helpful,
      code: action.value,
      family: action.family,
      articleId: action.articleId,
    },
    "feedback",
  );
}

export async function answerCardAction(
  turn: TeamsTurn,
  action: AnswerAction,
  errdesk: Errdesk,
  logger: Logger,
): Promise<void> {
  const { activity } = turn;
  logFeedback(action, activity.id, logger);
  const locale = localeOf(activity);
  const answer = errdesk.answerAction(action, locale ? { locale } : {});
  const message = { card: answerToAdaptiveCard(answer), summary: answer.text };
  logger.info({ activityId: activity.id, action: action.type, kind: answer.kind }, "card action answered");
  if (activity.replyToId) {
    try {
      return await turn.update(activity.replyToId, message);
    } catch (error) {
      // A 4xx (message too old, sent by someone else, deleted) will not heal; a connector outage would hit the reply too.
      if (!(error instanceof ConnectorError) || isTransient(error.fault)) throw error;
      logger.info(
        { activityId: activity.id, status: error.fault.status },
        "card not updatable; replying instead",
      );
    }
  }
  await turn.reply(message);
}
