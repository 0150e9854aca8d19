/**
 * Message shortcut "Explain error codes": the answer for that message, privately, in a modal.
 * A modal (not chat.postEphemeral) because it works in every conversation, including DMs between
 * people and channels errdesk is not in, and its buttons can update it in place.
 * @see https://docs.slack.dev/interactivity/implementing-shortcuts
 */
import type { App, MessageShortcut } from "@slack/bolt";
import { chooseLanguage } from "../../../src/index.ts";
import { slackMessagesFor } from "../messages.ts";
import { answerToModal, type SlackView, textModal } from "../render/views.ts";
import { answerFor, checked, outcome, type SlackRuntime } from "../runtime.ts";
import { toPlainText } from "../translate.ts";
import { callSlack } from "../web-api.ts";

export const SHORTCUT_CALLBACK_ID = "explain_error_codes";

/** trigger_id is valid for 3 s after the click; the locale may take at most this long. */
const LOCALE_BUDGET_MS = 1_000;

export function registerShortcut(app: App, rt: SlackRuntime): void {
  app.shortcut<MessageShortcut>(
    { callback_id: SHORTCUT_CALLBACK_ID, type: "message_action" },
    async ({ ack, shortcut, client }) => {
      await ack();
      const text = toPlainText(shortcut.message.text ?? "");
      let view: SlackView;
      if (text) {
        const answer = await answerFor(rt, client, shortcut.user.id, text, LOCALE_BUDGET_MS);
        view = answerToModal(answer);
        view.blocks = checked(rt, { text: answer.text, blocks: view.blocks }).blocks;
      } else {
        const locale = await rt.locales.get(client, shortcut.user.id, LOCALE_BUDGET_MS);
        const lang = chooseLanguage({ ...(locale ? { locale } : {}), text: "" });
        view = textModal(lang, slackMessagesFor(lang).shortcutEmpty);
      }
      const opened = await callSlack(rt.logger, "views.open", () =>
        client.views.open({ trigger_id: shortcut.trigger_id, view: view as never }),
      );
      outcome(rt, opened ? "answered" : "reply failed");
    },
  );
}
