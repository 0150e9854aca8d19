/**
 * After a 👎 the card gets a text box for what was missing. Its Send button carries the vote id and
 * the feedback action (so the card can be redrawn after), under keys of their own: the submit is a
 * comment, never a second vote. Pure.
 * @see https://adaptivecards.io/explorer/Input.Text.html
 */
import { type AnswerAction, type Language, MAX_COMMENT_LENGTH } from "../../../src/index.ts";
import { encodeAction } from "../../shared/action-payload.ts";
import { FEEDBACK_COMMENT } from "../../shared/feedback-labels.ts";
import { actionSet, type CardElement, container, subtle } from "./elements.ts";

/** The Input.Text id: its value arrives under this key in the submit's `value`. */
export const COMMENT_INPUT_ID = "errdeskComment";
/** The vote the comment belongs to. */
export const COMMENT_VOTE_KEY = "errdeskCommentVote";
/** The feedback action the card showed, to redraw it with a thank-you. */
export const COMMENT_ACTION_KEY = "errdeskCommentOn";

export function withCommentBox(
  card: Record<string, unknown>,
  options: { feedbackId: string; action: AnswerAction; lang: Language },
): Record<string, unknown> {
  const l = FEEDBACK_COMMENT[options.lang];
  const box: CardElement = container(
    [
      {
        type: "Input.Text",
        id: COMMENT_INPUT_ID,
        label: l.label,
        placeholder: l.placeholder,
        isMultiline: true,
        maxLength: MAX_COMMENT_LENGTH,
      },
      subtle(l.hint),
      actionSet([
        {
          type: "Action.Submit",
          title: l.send,
          data: {
            [COMMENT_VOTE_KEY]: options.feedbackId,
            [COMMENT_ACTION_KEY]: encodeAction(options.action),
          },
        },
      ]),
    ],
    { separator: true, spacing: "Medium" },
  );
  return { ...card, body: [...((card.body as CardElement[] | undefined) ?? []), box] };
}

/** A comment submitted from that box, if this activity is one. */
export function submittedComment(
  value: unknown,
): { feedbackId: string; comment: unknown; action: unknown } | undefined {
  if (!value || typeof value !== "object") return undefined;
  const data = value as Record<string, unknown>;
  const feedbackId = data[COMMENT_VOTE_KEY];
  if (typeof feedbackId !== "string" || !/^[0-9a-f-]{36}$/.test(feedbackId)) return undefined;
  return { feedbackId, comment: data[COMMENT_INPUT_ID], action: data[COMMENT_ACTION_KEY] };
}
