/**
 * The slash command (any name the admin gave it; `/errdesk` in our manifest). `/errdesk <code or
 * words>`: a private answer with "Share in channel". `/errdesk help`: usage. `/errdesk mode
 * codes|mentions`: how errdesk answers in this channel, for workspace admins and the channel's creator.
 * @see https://docs.slack.dev/interactivity/implementing-slash-commands
 */
import type { App, SlashCommand, webApi } from "@slack/bolt";
import { chooseLanguage, type Language } from "../../../src/index.ts";
import type { ChannelMode } from "../channel-modes.ts";
import { slackMessagesFor } from "../messages.ts";
import { answerToBlocks } from "../render/answer-to-blocks.ts";
import { section } from "../render/blocks.ts";
import { escapeMrkdwn } from "../render/mrkdwn.ts";
import { helpToBlocks } from "../render/views.ts";
import { answerFor, checked, outcome, rateLimited, recordAnswer, type SlackRuntime } from "../runtime.ts";
import { channelKindOf, isDirectMessage, readCommand } from "../translate.ts";
import { callSlack } from "../web-api.ts";

/** A short ephemeral sentence. */
const note = (text: string) => ({ text, blocks: [section(escapeMrkdwn(text))] });

/**
 * Who may change a channel's mode: workspace owners and admins (users.info), and the person who
 * created the channel (conversations.info). "undefined" means Slack could not tell us.
 */
async function mayChangeMode(
  rt: SlackRuntime,
  client: webApi.WebClient,
  user: string,
  channel: string,
): Promise<boolean | undefined> {
  const info = await callSlack(rt.logger, "users.info", () =>
    client.users.info({ user, include_locale: true }),
  );
  if (!info?.user) return undefined;
  rt.locales.remember(user, info.user.locale);
  if (info.user.is_admin || info.user.is_owner || info.user.is_primary_owner) return true;
  const conversation = await callSlack(rt.logger, "conversations.info", () =>
    client.conversations.info({ channel }),
  );
  if (!conversation?.channel) return undefined;
  return conversation.channel.creator === user;
}

async function changeMode(
  rt: SlackRuntime,
  client: webApi.WebClient,
  command: SlashCommand,
  lang: Language,
  request: { mode?: ChannelMode; invalid?: string },
): Promise<string> {
  const m = slackMessagesFor(lang);
  const channel = command.channel_id;
  if (isDirectMessage(channel)) return m.modeNotInDm;
  if (!request.mode) return `${m.modeIs(rt.modes.get(channel))} ${m.modeUsage}`;
  const allowed = await mayChangeMode(rt, client, command.user_id, channel);
  if (allowed === undefined) return m.modeCheckFailed;
  if (!allowed) {
    rt.logger.info(
      { channel, user: command.user_id },
      "Slack channel mode change refused: not an admin or the creator",
    );
    return m.modeNotAllowed;
  }
  try {
    await rt.modes.set(channel, request.mode);
    rt.logger.info({ channel, mode: request.mode, by: command.user_id }, "Slack channel mode changed");
    return m.modeSet(request.mode);
  } catch (error) {
    rt.logger.error(
      { channel, error: { message: (error as Error).message } },
      "Slack channel mode not saved",
    );
    return m.modeSaveFailed;
  }
}

export function registerCommand(app: App, rt: SlackRuntime): void {
  // The app has one command; matching any keeps working when an admin renames it to avoid a clash.
  app.command(/^\/.+/, async ({ command, ack, client }) => {
    await ack();
    const request = readCommand(command.text ?? "");
    const respond = (message: { text: string; blocks: unknown[] }) =>
      rt.respond(command.response_url, { response_type: "ephemeral", ...message });

    if (request.kind === "lookup") {
      const asked = { user: command.user_id, text: request.text };
      if (await rateLimited(rt, client, asked, (text) => respond(note(text)))) return;
      const answer = await answerFor(rt, client, command.user_id, request.text);
      const sent = await respond(checked(rt, answerToBlocks(answer, { share: true })));
      if (sent) {
        const channelKind = channelKindOf({ id: command.channel_id, name: command.channel_name });
        await recordAnswer(rt, { user: command.user_id, channelKind, text: request.text, answer });
      }
      return outcome(rt, sent ? "answered" : "reply failed");
    }
    const locale = await rt.locales.get(client, command.user_id);
    const lang = chooseLanguage({ ...(locale ? { locale } : {}), text: "" });
    if (request.kind === "help") {
      await respond(helpToBlocks(lang));
      return outcome(rt, "help");
    }
    await respond(note(await changeMode(rt, client, command, lang, request)));
    outcome(rt, "mode");
  });
}
