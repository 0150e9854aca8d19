/**
 * The modal a 👎 opens: one optional text box for what was missing. Its callback id routes the
 * submission back to errdesk; private_metadata carries the vote it belongs to. Pure.
 * @see https://docs.slack.dev/surfaces/modals
 */
import { type Language, MAX_COMMENT_LENGTH } from "../../../src/index.ts";
import { FEEDBACK_COMMENT } from "../../shared/feedback-labels.ts";
import { context } from "./blocks.ts";
import { LIMITS } from "./limits.ts";
import { cut, escapeMrkdwn } from "./mrkdwn.ts";

export const FEEDBACK_COMMENT_CALLBACK_ID = "errdesk_feedback_comment";
export const COMMENT_BLOCK_ID = "comment";
export const COMMENT_ACTION_ID = "comment";

const plain = (text: string) => ({ type: "plain_text" as const, text: cut(text, LIMITS.modalTitle) });

export function feedbackCommentModal(lang: Language, feedbackId: string) {
  const l = FEEDBACK_COMMENT[lang];
  return {
    type: "modal" as const,
    callback_id: FEEDBACK_COMMENT_CALLBACK_ID,
    private_metadata: feedbackId,
    title: plain(l.title),
    submit: plain(l.send),
    close: plain(l.skip),
    blocks: [
      {
        type: "input",
        block_id: COMMENT_BLOCK_ID,
        label: { type: "plain_text", text: l.label },
        element: {
          type: "plain_text_input",
          action_id: COMMENT_ACTION_ID,
          multiline: true,
          max_length: MAX_COMMENT_LENGTH,
          placeholder: { type: "plain_text", text: l.placeholder },
        },
      },
      context(escapeMrkdwn(l.hint)),
    ],
  };
}

/** The comment typed into the modal, from a view_submission's state. */
export function commentFrom(view: {
  state?: { values?: Record<string, Record<string, { value?: string | null }>> };
}) {
  return view.state?.values?.[COMMENT_BLOCK_ID]?.[COMMENT_ACTION_ID]?.value ?? undefined;
}
