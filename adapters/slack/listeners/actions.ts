/**
 * Card buttons. The value is decoded (and validated) into the core's action; its answer replaces
 * the card in place: chat.update for channel messages, the response_url for ephemeral ones,
 * views.update in the shortcut's modal. "Share in channel" posts the card for everyone.
 * @see https://docs.slack.dev/reference/interaction-payloads/block_actions-payload
 */
import type { App, BlockAction, ButtonAction, webApi } from "@slack/bolt";
import type { Answer, AnswerAction } from "../../../src/index.ts";
import { decodeAction } from "../../shared/action-payload.ts";
import { answerToBlocks } from "../render/answer-to-blocks.ts";
import { ACTION_PREFIX, context } from "../render/blocks.ts";
import { LIMITS } from "../render/limits.ts";
import { escapeMrkdwn } from "../render/mrkdwn.ts";
import { answerToModal } from "../render/views.ts";
import { checked, outcome, type SlackRuntime } from "../runtime.ts";
import { callSlack } from "../web-api.ts";
import { askForComment } from "./feedback-comment.ts";

function logFeedback(rt: SlackRuntime, action: Extract<AnswerAction, { type: "feedback" }>): void {
  rt.logger.info(
    {
      helpful: action.helpful,
      articleId: action.articleId,
      code: action.value,
      family: action.family,
      lang: action.lang,
    },
    "Slack feedback",
  );
}

async function share(
  rt: SlackRuntime,
  body: BlockAction,
  action: AnswerAction & { type: "share" },
): Promise<void> {
  const errdesk = rt.knowledge.current();
  const card = checked(rt, answerToBlocks(errdesk.answerAction({ ...action, type: "compact" })));
  // The response_url works in every channel the command works in, even where errdesk is not a member.
  const posted = await rt.respond(body.response_url, {
    response_type: "in_channel",
    replace_original: false,
    ...card,
  });
  if (!posted) return outcome(rt, "share failed");
  const notice = errdesk.answerAction(action).notice ?? "";
  await rt.respond(body.response_url, {
    replace_original: true,
    text: notice,
    blocks: [context(`*${escapeMrkdwn(notice)}*`)],
  });
  outcome(rt, "shared");
}

async function replaceCard(
  rt: SlackRuntime,
  client: webApi.WebClient,
  body: BlockAction,
  answer: Answer,
): Promise<boolean> {
  const container = body.container as {
    type?: string;
    is_ephemeral?: boolean;
    channel_id?: string;
    message_ts?: string;
  };
  if (container.type === "view" && body.view) {
    const view = answerToModal(answer);
    const blocks = checked(rt, { text: answer.text, blocks: view.blocks }).blocks;
    const { id: view_id, hash } = body.view;
    const done = await callSlack(rt.logger, "views.update", () =>
      client.views.update({ view_id, hash, view: { ...view, type: "modal", blocks } as never }),
    );
    return Boolean(done);
  }
  if (container.is_ephemeral) {
    // Ephemeral cards come from /errdesk; they keep their Share button.
    return rt.respond(body.response_url, {
      replace_original: true,
      ...checked(rt, answerToBlocks(answer, { share: true })),
    });
  }
  const message = checked(rt, answerToBlocks(answer));
  const channel = container.channel_id ?? body.channel?.id;
  const ts = container.message_ts ?? body.message?.ts;
  if (channel && ts) {
    const updated = await callSlack(rt.logger, "chat.update", () =>
      client.chat.update({ channel, ts, text: message.text, blocks: message.blocks }),
    );
    if (updated) return true;
  }
  // A message errdesk cannot chat.update (posted through a response_url) still has its response_url.
  return rt.respond(body.response_url, { replace_original: true, ...message });
}

export function registerActions(app: App, rt: SlackRuntime): void {
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${ACTION_PREFIX.replace(".", "\\.")}`),
    async ({ ack, body, action, client }) => {
      await ack();
      const decoded =
        action.value && action.value.length <= LIMITS.buttonValue ? decodeAction(action.value) : undefined;
      if (!decoded) {
        rt.logger.warn({ actionId: action.action_id }, "Slack button with an unreadable value; ignored");
        return outcome(rt, "bad button");
      }

      if (decoded.type === "share") return share(rt, body, decoded);
      const answer = rt.knowledge.current().answerAction(decoded);
      if (decoded.type === "feedback") {
        logFeedback(rt, decoded);
        const feedbackId = await rt.recorder.feedback({
          platform: "slack",
          userId: body.user.id,
          action: decoded,
          answer,
        });
        // First, while the click's trigger_id is fresh (3 s): what was missing?
        if (!decoded.helpful && feedbackId) await askForComment(rt, client, body, answer.lang, feedbackId);
      }
      const updated = await replaceCard(rt, client, body, answer);
      outcome(rt, updated ? `updated ${decoded.type}` : "update failed");
    },
  );
}
