/**
 * After a 👎: a modal asks what was missing. The vote is already stored; the modal's submission adds
 * the comment to it (private_metadata names the vote; only its voter can add one). Closing the modal
 * just keeps the vote.
 * @see https://docs.slack.dev/reference/interaction-payloads/view-interactions-payload
 */
import type { App, BlockAction, ViewSubmitAction, webApi } from "@slack/bolt";
import type { Language } from "../../../src/index.ts";
import { commentFrom, FEEDBACK_COMMENT_CALLBACK_ID, feedbackCommentModal } from "../render/feedback-modal.ts";
import { outcome, type SlackRuntime } from "../runtime.ts";
import { callSlack } from "../web-api.ts";

/** Opens the comment modal; inside errdesk's own modal (the shortcut) it is pushed on top instead. */
export async function askForComment(
  rt: SlackRuntime,
  client: webApi.WebClient,
  body: BlockAction,
  lang: Language,
  feedbackId: string,
): Promise<boolean> {
  const view = feedbackCommentModal(lang, feedbackId) as never;
  const trigger_id = body.trigger_id;
  const inModal = (body.container as { type?: string }).type === "view";
  const opened = inModal
    ? await callSlack(rt.logger, "views.push", () => client.views.push({ trigger_id, view }))
    : await callSlack(rt.logger, "views.open", () => client.views.open({ trigger_id, view }));
  return Boolean(opened);
}

export function registerFeedbackComments(app: App, rt: SlackRuntime): void {
  app.view<ViewSubmitAction>(FEEDBACK_COMMENT_CALLBACK_ID, async ({ ack, body, view }) => {
    await ack();
    const saved = await rt.recorder.comment({
      platform: "slack",
      userId: body.user.id,
      feedbackId: view.private_metadata,
      comment: commentFrom(view),
    });
    rt.logger.info(
      { platform: "slack", saved },
      saved ? "feedback comment saved" : "feedback comment not saved",
    );
    outcome(rt, saved ? "comment saved" : "comment not saved");
  });
}
