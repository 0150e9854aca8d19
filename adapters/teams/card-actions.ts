/**
 * A click on a card button (Action.Submit arrives as a message whose `value` is the button's data):
 * the core answers the action and the card is replaced in place; when Teams will not let the bot
 * edit that message, the answer goes to the same thread instead. A 👍/👎 is stored; a 👎 card gets
 * a text box for what was missing, and its Send adds the comment to the stored vote.
 * @see https://learn.microsoft.com/microsoftteams/platform/bots/how-to/update-and-delete-bot-messages
 */
import { type AnswerAction, chooseLanguage, type Errdesk, type Logger } from "../../src/index.ts";
import { decodeAction } from "../shared/action-payload.ts";
import { FEEDBACK_COMMENT } from "../shared/feedback-labels.ts";
import type { Recorder } from "../store/recorder.ts";
import { localeOf, type OutgoingMessage, type TeamsActivity, userIdOf } from "./activity.ts";
import type { TeamsTurn } from "./bot-framework.ts";
import { ConnectorError, isTransient } from "./connector-retry.ts";
import { answerToAdaptiveCard } from "./render/answer-to-card.ts";
import { withCommentBox } from "./render/comment-box.ts";
import { CARD_DATA_KEY } from "./render/elements.ts";
import { noticeCard } from "./render/notice-card.ts";

export interface CardActionDeps {
  errdesk: Errdesk;
  logger: Logger;
  recorder: Recorder;
}

/** The action a card button carried, if the message is a card submit at all. */
export function submittedAction(activity: TeamsActivity): { action?: AnswerAction } | undefined {
  const value = activity.value;
  if (!value || typeof value !== "object" || !(CARD_DATA_KEY in value)) return undefined;
  const action = decodeAction((value as Record<string, unknown>)[CARD_DATA_KEY]);
  return action ? { action } : {};
}

/** Feedback is logged by article and code only, never with message text (the store keeps the vote). */
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

/** The card the button sits on, replaced; a reply in the same thread when Teams refuses the edit. */
async function replaceCard(turn: TeamsTurn, message: OutgoingMessage, logger: Logger): Promise<void> {
  const { activity } = turn;
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

export async function answerCardAction(
  turn: TeamsTurn,
  action: AnswerAction,
  { errdesk, logger, recorder }: CardActionDeps,
): Promise<void> {
  const { activity } = turn;
  logFeedback(action, activity.id, logger);
  const locale = localeOf(activity);
  const answer = errdesk.answerAction(action, locale ? { locale } : {});
  let card = answerToAdaptiveCard(answer);
  if (action.type === "feedback") {
    const feedbackId = await recorder.feedback({
      platform: "teams",
      userId: userIdOf(activity),
      action,
      answer,
    });
    if (!action.helpful && feedbackId) card = withCommentBox(card, { feedbackId, action, lang: answer.lang });
  }
  logger.info({ activityId: activity.id, action: action.type, kind: answer.kind }, "card action answered");
  await replaceCard(turn, { card, summary: answer.text }, logger);
}

/** The Send under a 👎's text box: the comment joins the vote, and the card is redrawn with thanks. */
export async function answerComment(
  turn: TeamsTurn,
  submitted: { feedbackId: string; comment: unknown; action: unknown },
  { errdesk, logger, recorder }: CardActionDeps,
): Promise<void> {
  const { activity } = turn;
  const saved = await recorder.comment({
    platform: "teams",
    userId: userIdOf(activity),
    feedbackId: submitted.feedbackId,
    comment: submitted.comment,
  });
  logger.info(
    { activityId: activity.id, platform: "teams", saved },
    saved ? "feedback comment saved" : "feedback comment not saved",
  );
  const locale = localeOf(activity);
  const action = decodeAction(submitted.action);
  const answer = action ? errdesk.answerAction(action, locale ? { locale } : {}) : undefined;
  const lang = answer?.lang ?? chooseLanguage({ text: "", ...(locale ? { locale } : {}) });
  const notice = saved ? FEEDBACK_COMMENT[lang].thanks : (answer?.notice ?? FEEDBACK_COMMENT[lang].title);
  const card = answer ? answerToAdaptiveCard({ ...answer, notice }) : noticeCard(notice, lang);
  await replaceCard(turn, { card, summary: notice }, logger);
}
