/**
 * Message shortcut "Explain error codes": the answer for that message, privately, in a modal.
 * A modal (not chat.postEphemeral) because it works in every conversation, including DMs between
 * people and channels errdesk is not in, and its buttons can update it in place.
 * @see https://docs.slack.dev/interactivity/implementing-shortcuts
 */
import type { App, MessageShortcut } from "@slack/bolt";
import { type Answer, chooseLanguage } from "../../../src/index.ts";
import { slackMessagesFor } from "../messages.ts";
import { answerToModal, type SlackView, textModal } from "../render/views.ts";
import { answerFor, checked, outcome, rateLimited, recordAnswer, type SlackRuntime } from "../runtime.ts";
import { channelKindOf, toPlainText } from "../translate.ts";
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
      const openModal = (view: SlackView) =>
        callSlack(rt.logger, "views.open", () =>
          client.views.open({ trigger_id: shortcut.trigger_id, view: view as never }),
        );
      const notify = async (notice: string) => {
        const locale = await rt.locales.get(client, shortcut.user.id, LOCALE_BUDGET_MS);
        return openModal(textModal(chooseLanguage({ ...(locale ? { locale } : {}), text }), notice));
      };
      if (await rateLimited(rt, client, { user: shortcut.user.id, text }, notify)) return;
      let view: SlackView;
      let answer: Answer | undefined;
      if (text) {
        answer = await answerFor(rt, client, shortcut.user.id, text, LOCALE_BUDGET_MS);
        view = answerToModal(answer);
        view.blocks = checked(rt, { text: answer.text, blocks: view.blocks }).blocks;
      } else {
        const locale = await rt.locales.get(client, shortcut.user.id, LOCALE_BUDGET_MS);
        const lang = chooseLanguage({ ...(locale ? { locale } : {}), text: "" });
        view = textModal(lang, slackMessagesFor(lang).shortcutEmpty);
      }
      const opened = await openModal(view);
      if (opened && answer) {
        const channelKind = channelKindOf({ id: shortcut.channel.id, name: shortcut.channel.name });
        await recordAnswer(rt, { user: shortcut.user.id, channelKind, text, answer });
      }
      outcome(rt, opened ? "answered" : "reply failed");
    },
  );
}
