/**
 * Messages and mentions. In a channel: a message with an error code gets a threaded card (unless
 * the channel is in "mentions" mode, or the thread already has a card for those codes); a mention
 * is always answered, symptoms too. In a DM (and the App Home Messages tab): any text is answered.
 * Bots, edits and deletions never are.
 * @see https://docs.slack.dev/reference/events/message
 * @see https://docs.slack.dev/reference/events/app_mention
 */
import type { App, webApi } from "@slack/bolt";
import { type Answer, chooseLanguage } from "../../../src/index.ts";
import { answerToBlocks } from "../render/answer-to-blocks.ts";
import { helpToBlocks } from "../render/views.ts";
import {
  type ApiBlocks,
  answerFor,
  checked,
  claim,
  outcome,
  rateLimited,
  recordAnswer,
  type SlackRuntime,
} from "../runtime.ts";
import {
  channelKindOf,
  type MessageDecision,
  readMention,
  readMessage,
  type SlackMessageEvent,
} from "../translate.ts";
import { callSlack } from "../web-api.ts";

type Answerable = Extract<MessageDecision, { answer: true }>;

async function reply(
  rt: SlackRuntime,
  client: webApi.WebClient,
  event: SlackMessageEvent,
  decision: Answerable,
): Promise<void> {
  const asked = { user: decision.user, channel: event.channel, text: decision.text };
  const notify = (text: string) =>
    callSlack(rt.logger, "chat.postEphemeral", () =>
      client.chat.postEphemeral({
        channel: event.channel,
        user: decision.user,
        text,
        ...(decision.threadTs ? { thread_ts: decision.threadTs } : {}),
      }),
    );
  if (await rateLimited(rt, client, asked, notify)) return;
  let message: { text: string; blocks: ApiBlocks };
  let answer: Answer | undefined;
  if (decision.text === "") {
    const locale = await rt.locales.get(client, decision.user);
    message = helpToBlocks(chooseLanguage({ ...(locale ? { locale } : {}), text: "" }));
  } else {
    answer = await answerFor(rt, client, decision.user, decision.text);
    message = checked(rt, answerToBlocks(answer));
  }
  const sent = await callSlack(rt.logger, "chat.postMessage", () =>
    client.chat.postMessage({
      channel: event.channel,
      ...(decision.threadTs ? { thread_ts: decision.threadTs } : {}),
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    }),
  );
  if (sent && answer) {
    const channelKind = channelKindOf({
      id: event.channel,
      ...(event.channel_type ? { type: event.channel_type } : {}),
    });
    await recordAnswer(rt, { user: decision.user, channelKind, text: decision.text, answer });
  }
  outcome(rt, sent ? "answered" : "reply failed");
}

export function registerMessageListeners(app: App, rt: SlackRuntime): void {
  app.event("message", async ({ event, client }) => {
    const message = event as unknown as SlackMessageEvent;
    const decision = readMessage(message, rt.identity.botUserId());
    if (!decision.answer) return outcome(rt, decision.reason);
    if (decision.surface === "channel") {
      if (rt.modes.get(message.channel) === "mentions") return outcome(rt, "mode mentions");
      const probe = rt.knowledge.current().answer(decision.text);
      if (probe.kind !== "codes") return outcome(rt, "no code");
      // "Same here, 0x80070005" further down a thread: the card is already there.
      const codes = probe.hits.map((h) => h.value).sort();
      if (!(await claim(rt, `thread:${message.channel}:${decision.threadTs}:${codes.join(",")}`)))
        return outcome(rt, "already explained in this thread");
    }
    // A mention arrives twice (message + app_mention); whichever comes first answers.
    if (!(await claim(rt, `message:${message.channel}:${message.ts}`)))
      return outcome(rt, "already answered");
    await reply(rt, client, message, decision);
  });

  app.event("app_mention", async ({ event, client }) => {
    const mention = event as unknown as SlackMessageEvent;
    const decision = readMention(mention, rt.identity.botUserId());
    if (!decision.answer) return outcome(rt, decision.reason);
    if (!(await claim(rt, `message:${mention.channel}:${mention.ts}`)))
      return outcome(rt, "already answered");
    await reply(rt, client, mention, decision);
  });
}
