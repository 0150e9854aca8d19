/**
 * What a 👎 shows: the Teams card with its comment box (valid for the official Adaptive Cards
 * parser, its Send carrying the vote and never a second vote) and the Slack comment modal (within
 * Block Kit's limits), in both languages.
 */
import { describe, expect, it } from "vitest";
import { decodeAction } from "../../../adapters/shared/action-payload.ts";
import { blockKitProblems } from "../../../adapters/slack/render/check-limits.ts";
import { commentFrom, feedbackCommentModal } from "../../../adapters/slack/render/feedback-modal.ts";
import { submittedAction } from "../../../adapters/teams/card-actions.ts";
import { answerToAdaptiveCard } from "../../../adapters/teams/render/answer-to-card.ts";
import { submittedComment, withCommentBox } from "../../../adapters/teams/render/comment-box.ts";
import { realErrdesk } from "../../helpers/errdesk.ts";
import { cardProblems } from "../teams/card-problems.ts";

const VOTE = "0f8fad5b-d9cb-469f-a165-70867728950e";

/** The data of the Action.Submit that carries a comment. */
function findData(node: unknown): Record<string, unknown> {
  if (Array.isArray(node))
    for (const item of node) {
      const found = findData(item);
      if (Object.keys(found).length > 0) return found;
    }
  if (node && typeof node === "object") {
    const data = (node as { data?: Record<string, unknown> }).data;
    if (data && "errdeskCommentVote" in data) return data;
    for (const value of Object.values(node)) {
      const found = findData(value);
      if (Object.keys(found).length > 0) return found;
    }
  }
  return {};
}

describe.each(["en", "es"] as const)("the 👎 comment, in %s", (lang) => {
  it("adds a valid text box to the Teams card whose Send is a comment, not a vote", async () => {
    const { errdesk } = await realErrdesk();
    const action = {
      type: "feedback" as const,
      helpful: false,
      value: "0x80070005",
      family: "hresult" as const,
      lang,
    };
    const card = withCommentBox(answerToAdaptiveCard(errdesk.answerAction(action)), {
      feedbackId: VOTE,
      action,
      lang,
    });
    expect(cardProblems(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain('"type":"Input.Text"');
    expect(text).toContain('"maxLength":1000');
    const send = findData(card);
    const value = { ...send, errdeskComment: "needs admin" };
    expect(submittedAction({ type: "message", value })).toBeUndefined();
    const comment = submittedComment(value);
    expect(comment).toEqual({ feedbackId: VOTE, comment: "needs admin", action: expect.any(String) });
    expect(decodeAction(comment?.action)).toEqual(action);
  });

  it("opens a Slack modal within Block Kit's limits that names the vote", () => {
    const modal = feedbackCommentModal(lang, VOTE);
    // The checker knows message blocks; the input block's own limits are checked here.
    expect(blockKitProblems(modal.blocks as unknown as Parameters<typeof blockKitProblems>[0])).toEqual([]);
    for (const text of [modal.title.text, modal.submit.text, modal.close.text])
      expect(text.length).toBeLessThanOrEqual(24);
    const input = modal.blocks[0] as { label: { text: string }; element: { placeholder: { text: string } } };
    expect(input.label.text.length).toBeLessThanOrEqual(2_000);
    expect(input.element.placeholder.text.length).toBeLessThanOrEqual(150);
    expect(modal).toMatchObject({ callback_id: "errdesk_feedback_comment", private_metadata: VOTE });
    const state = { values: { comment: { comment: { value: "wrong fix" } } } };
    expect(commentFrom({ state })).toBe("wrong fix");
    expect(commentFrom({})).toBeUndefined();
  });
});

it("ignores submits that only look like comments", () => {
  expect(submittedComment({ errdeskCommentVote: "1; DROP TABLE feedback" })).toBeUndefined();
  expect(submittedComment("text")).toBeUndefined();
  expect(submittedComment(undefined)).toBeUndefined();
});
