/**
 * errdesk in Slack over real HTTP: signed requests in, a fake Web API out. Every assertion is on
 * what the fake received (or, for "no reply", on the debug line that says why, then the fake).
 */

import { describe, expect, it } from "vitest";
import { BOT, type RecordedCall, SIGNING_SECRET, slackSignature } from "../fakes/fake-slack-api.ts";
import { useSlackApp } from "../helpers/platform-apps.ts";

type Button = { action_id?: string; value?: string; text: { text: string } };
type Blocks = { type: string; text?: { text: string }; elements?: Button[]; accessory?: Button }[];

const CHANNEL = "C00FAKECHAN1";
const USER = "U00FAKEUSER1";
const slack = useSlackApp();

let clock = 1_700_100_000;
const nextTs = () => `${clock++}.000100`;

const channelMessage = (text: string, extra: Record<string, unknown> = {}) => ({
  type: "message",
  channel: CHANNEL,
  channel_type: "channel",
  user: USER,
  text,
  ts: nextTs(),
  ...extra,
});

const blocksOf = (call: RecordedCall) => call.body.blocks as Blocks;
const allText = (blocks: Blocks) => JSON.stringify(blocks);
const buttons = (blocks: Blocks) =>
  blocks.flatMap((b) => (b.type === "actions" ? (b.elements ?? []) : b.accessory ? [b.accessory] : []));
const button = (blocks: Blocks, prefix: string) => {
  const found = buttons(blocks).find((b) => b.action_id?.startsWith(prefix));
  if (!found) throw new Error(`no ${prefix} button in ${allText(blocks)}`);
  return found;
};

const handled = (eventId: string) =>
  slack.logs.waitFor(
    (l) => l.eventId === eventId && l.msg === "slack event handled",
    `the outcome of ${eventId}`,
  );
const replyIn = (threadTs: string) =>
  slack.fake.waitFor(
    () => slack.fake.delivered("chat.postMessage").find((c) => c.body.thread_ts === threadTs),
    `a reply in thread ${threadTs}`,
  );
const postsIn = (threadTs: string) =>
  slack.fake.callsTo("chat.postMessage").filter((c) => c.body.thread_ts === threadTs);
const responseTo = (id: string, n = 1) =>
  slack.fake.waitFor(() => {
    const found = slack.fake.callsTo("response_url").filter((c) => c.path === `/response/${id}`);
    return found.length >= n ? found : undefined;
  }, `${n} post(s) to response_url ${id}`);

describe("channels", () => {
  it("answers a message with an error code in its thread, naming the code", async () => {
    const event = channelMessage("Getting 0x80070005 when I copy to the share");
    const sent = await slack.send.event(event);
    expect(sent.status).toBe(200);
    const reply = await replyIn(event.ts);
    expect(reply.body.channel).toBe(CHANNEL);
    expect(reply.body.text).toContain("0x80070005");
    expect(blocksOf(reply)[0]).toMatchObject({
      type: "header",
      text: { text: expect.stringContaining("E_ACCESSDENIED") },
    });
    expect(reply.authorization).toBe("Bearer xoxb-test-0000000000-fake");
  });

  it("replies inside the thread when the message is a thread reply", async () => {
    const parent = nextTs();
    const event = channelMessage("still failing: System error 1326", { thread_ts: parent });
    await slack.send.event(event);
    const reply = await replyIn(parent);
    expect(reply.body.text).toContain("1326");
  });

  it("does not explain the same code twice in one thread", async () => {
    const parent = channelMessage("0x800F081F when adding .NET 3.5");
    await slack.send.event(parent);
    await replyIn(parent.ts);
    const again = channelMessage("same here, 0x800F081F", { thread_ts: parent.ts });
    const { eventId } = await slack.send.event(again);
    expect((await handled(eventId)).outcome).toBe("already explained in this thread");
    const other = channelMessage("and now 0x80070005", { thread_ts: parent.ts });
    await slack.send.event(other);
    await slack.fake.waitFor(
      () => postsIn(parent.ts).length === 2,
      "a card for the new code in the same thread",
    );
  });

  it("does not answer a message without a code", async () => {
    const event = channelMessage("anyone around for lunch?");
    const { eventId } = await slack.send.event(event);
    expect((await handled(eventId)).outcome).toBe("no code");
    expect(postsIn(event.ts)).toEqual([]);
  });

  it("never answers bots, edits or deletions", async () => {
    const bot = channelMessage("Build failed: 0x80070005", {
      user: undefined,
      bot_id: "B00OTHERBOT",
      subtype: "bot_message",
    });
    const edit = {
      type: "message",
      subtype: "message_changed",
      channel: CHANNEL,
      channel_type: "channel",
      ts: nextTs(),
      message: { type: "message", user: USER, text: "now with 0x80070005", ts: nextTs() },
    };
    const deletion = {
      type: "message",
      subtype: "message_deleted",
      channel: CHANNEL,
      channel_type: "channel",
      ts: nextTs(),
      deleted_ts: nextTs(),
    };
    const outcomes = [];
    for (const event of [bot, edit, deletion])
      outcomes.push((await handled((await slack.send.event(event)).eventId)).outcome);
    expect(outcomes).toEqual(["bot message", "edit", "deletion"]);
    expect([...postsIn(bot.ts), ...postsIn(edit.ts), ...postsIn(deletion.ts)]).toEqual([]);
  });

  it("answers a mention with symptoms, once, though Slack sends message and app_mention", async () => {
    const text = `<@${BOT.userId}> can't rdp no authority could be contacted`;
    const message = channelMessage(text);
    const mention = {
      type: "app_mention",
      channel: CHANNEL,
      user: USER,
      text,
      ts: message.ts,
      event_ts: message.ts,
    };
    const first = await slack.send.event(message);
    await slack.send.event(mention);
    const reply = await replyIn(message.ts);
    expect(allText(blocksOf(reply))).toContain("Maybe one of these?");
    expect(allText(blocksOf(reply))).toContain("No authority could be contacted for authentication");
    expect(buttons(blocksOf(reply)).some((b) => b.action_id?.startsWith("errdesk.open."))).toBe(true);
    expect((await handled(first.eventId)).outcome).toBe("no code");
    expect(postsIn(message.ts)).toHaveLength(1);
  });

  it("answers a mention with a code once, whichever event comes first", async () => {
    const text = `<@${BOT.userId}> what is 0x80090311?`;
    const message = channelMessage(text);
    const mention = {
      type: "app_mention",
      channel: CHANNEL,
      user: USER,
      text,
      ts: message.ts,
      event_ts: message.ts,
    };
    const second = await slack.send.event(mention).then(() => slack.send.event(message));
    await replyIn(message.ts);
    expect((await handled(second.eventId)).outcome).toBe("already answered");
    expect(postsIn(message.ts)).toHaveLength(1);
  });

  it("answers an event once when Slack retries it", async () => {
    const event = channelMessage("0xC0000005 again");
    const first = await slack.send.event(event);
    await slack.send.event(event, { eventId: first.eventId, retryNum: 1 });
    await slack.send.event(event, { eventId: first.eventId, retryNum: 2 });
    await replyIn(event.ts);
    await slack.logs.waitFor(
      (l) => l.eventId === first.eventId && String(l.outcome).startsWith("duplicate delivery (retry 2)"),
      "the second retry dropped",
    );
    expect(postsIn(event.ts)).toHaveLength(1);
  });
});

describe("signatures", () => {
  it("refuses a bad signature (401) and posts nothing", async () => {
    const event = channelMessage("0x80070005 forged");
    const body = JSON.stringify({
      type: "event_callback",
      team_id: BOT.teamId,
      event_id: "Ev00FORGED01",
      event,
    });
    const forged = await fetch(slack.app.eventsUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...slackSignature(body, "not-the-secret") },
      body,
    });
    expect(forged.status).toBe(401);
    const marker = channelMessage("0x80070005 after the forged one");
    await slack.send.event(marker);
    await replyIn(marker.ts);
    expect(postsIn(event.ts)).toEqual([]);
  });

  it("refuses a stale timestamp (401) and posts nothing", async () => {
    const event = channelMessage("0x80070005 replayed");
    const body = JSON.stringify({
      type: "event_callback",
      team_id: BOT.teamId,
      event_id: "Ev00STALE001",
      event,
    });
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const stale = await fetch(slack.app.eventsUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...slackSignature(body, SIGNING_SECRET, sixMinutesAgo) },
      body,
    });
    expect(stale.status).toBe(401);
    const marker = channelMessage("0x80070005 after the stale one");
    await slack.send.event(marker);
    await replyIn(marker.ts);
    expect(postsIn(event.ts)).toEqual([]);
  });
});

const command = (text: string, responseId: string, extra: Record<string, string> = {}) =>
  slack.send.command({
    token: "unused-verification-token",
    team_id: BOT.teamId,
    team_domain: "errdesk-test",
    channel_id: CHANNEL,
    channel_name: "helpdesk",
    user_id: USER,
    user_name: "user1",
    command: "/errdesk",
    text,
    api_app_id: "A00FAKEAPP1",
    is_enterprise_install: "false",
    response_url: slack.fake.responseUrl(responseId),
    trigger_id: `1337.42.${responseId}`,
    ...extra,
  });

const click = (
  chosen: Button,
  container: Record<string, unknown>,
  responseId: string,
  extra: Record<string, unknown> = {},
) =>
  slack.send.interaction({
    type: "block_actions",
    team: { id: BOT.teamId, domain: "errdesk-test" },
    user: { id: USER, username: "user1", team_id: BOT.teamId },
    api_app_id: "A00FAKEAPP1",
    token: "unused-verification-token",
    trigger_id: `1337.43.${responseId}`,
    container,
    channel: { id: CHANNEL, name: "helpdesk" },
    response_url: slack.fake.responseUrl(responseId),
    actions: [{ type: "button", block_id: "b0", action_ts: "1700000000.1", ...chosen }],
    ...extra,
  });

describe("direct messages", () => {
  it("answers any text, symptoms included, at the top of the DM", async () => {
    const dm = {
      type: "message",
      channel: "D00FAKEDM001",
      channel_type: "im",
      user: USER,
      text: "the installer fails with a fatal error during installation",
      ts: nextTs(),
    };
    const { eventId } = await slack.send.event(dm);
    const reply = await slack.fake.waitFor(
      () => slack.fake.delivered("chat.postMessage").find((c) => c.body.channel === dm.channel),
      "a DM reply",
    );
    expect(reply.body.thread_ts).toBeUndefined();
    expect(
      ["Maybe one of these?", "Error codes"].some(
        (t) => String(reply.body.text).includes(t) || allText(blocksOf(reply)).includes(t),
      ),
    ).toBe(true);
    expect((await handled(eventId)).outcome).toBe("answered");
  });

  it("answers in Spanish for a user whose Slack locale is Spanish", async () => {
    slack.fake.setUser("U00FAKEUSRES", { locale: "es-ES" });
    const dm = {
      type: "message",
      channel: "D00FAKEDM002",
      channel_type: "im",
      user: "U00FAKEUSRES",
      text: "0x80070005",
      ts: nextTs(),
    };
    await slack.send.event(dm);
    const reply = await slack.fake.waitFor(
      () => slack.fake.delivered("chat.postMessage").find((c) => c.body.channel === dm.channel),
      "a Spanish reply",
    );
    expect(allText(blocksOf(reply))).toContain("Todas las causas y soluciones");
    expect(
      slack.fake
        .callsTo("users.info")
        .some((c) => c.body.user === "U00FAKEUSRES" && c.body.include_locale === "true"),
    ).toBe(true);
  });

  it("answers in Spanish when the message is in Spanish", async () => {
    const event = channelMessage("no puedo entrar por escritorio remoto, me sale el error 0x80090311");
    await slack.send.event(event);
    expect(allText(blocksOf(await replyIn(event.ts)))).toContain("Causas más probables");
  });

  it("still answers when users.info fails, in the message's language", async () => {
    slack.fake.failNext(3, "500", { method: "users.info" });
    const dm = {
      type: "message",
      channel: "D00FAKEDM003",
      channel_type: "im",
      user: "U00FAKEUSRNO",
      text: "0x80070005",
      ts: nextTs(),
    };
    await slack.send.event(dm);
    const reply = await slack.fake.waitFor(
      () => slack.fake.delivered("chat.postMessage").find((c) => c.body.channel === dm.channel),
      "a reply without a locale",
    );
    expect(allText(blocksOf(reply))).toContain("All causes & fixes");
  });
});

describe("/errdesk", () => {
  it("answers privately with a Share button that posts the card in the channel", async () => {
    const ack = await command("0x80090311", "cmd-lookup");
    expect(ack.status).toBe(200);
    const [ephemeral] = await responseTo("cmd-lookup");
    expect(ephemeral?.body.response_type).toBe("ephemeral");
    const card = ephemeral?.body.blocks as Blocks;
    expect(allText(card)).toContain("SEC_E_NO_AUTHENTICATING_AUTHORITY");

    await click(
      button(card, "errdesk.share."),
      { type: "message", message_ts: "1700000001.000100", channel_id: CHANNEL, is_ephemeral: true },
      "share-1",
    );
    const [shared, notice] = await responseTo("share-1", 2);
    expect(shared?.body).toMatchObject({ response_type: "in_channel", replace_original: false });
    expect(allText(shared?.body.blocks as Blocks)).toContain("SEC_E_NO_AUTHENTICATING_AUTHORITY");
    expect(
      buttons(shared?.body.blocks as Blocks).some((b) => b.action_id?.startsWith("errdesk.share.")),
    ).toBe(false);
    expect(notice?.body).toMatchObject({ replace_original: true, text: "Shared in the channel." });
  });

  it("updates an ephemeral card in place through its response_url", async () => {
    await command("0x80070005", "cmd-eph");
    const [ephemeral] = await responseTo("cmd-eph");
    const details = button(ephemeral?.body.blocks as Blocks, "errdesk.details.");
    await click(
      details,
      { type: "message", message_ts: "1700000002.000100", channel_id: CHANNEL, is_ephemeral: true },
      "eph-1",
    );
    const [update] = await responseTo("eph-1");
    expect(update?.body.replace_original).toBe(true);
    expect(allText(update?.body.blocks as Blocks)).toContain("Symbolic names");
    expect(slack.fake.callsTo("chat.update").filter((c) => c.body.ts === "1700000002.000100")).toEqual([]);
  });

  it("explains itself on /errdesk help and on an empty command", async () => {
    await command("help", "cmd-help");
    await command("", "cmd-empty");
    for (const id of ["cmd-help", "cmd-empty"]) {
      const [help] = await responseTo(id);
      expect(help?.body.response_type).toBe("ephemeral");
      const text = allText(help?.body.blocks as Blocks);
      expect(text).toContain("/errdesk mode codes|mentions");
      expect(text).toContain("0x80090311");
    }
  });
});

describe("buttons", () => {
  it("updates the channel card in place with chat.update, and takes feedback", async () => {
    const event = channelMessage("0x80070005");
    await slack.send.event(event);
    const reply = await replyIn(event.ts);
    const postedTs = "1700000099.000200";
    const container = { type: "message", message_ts: postedTs, channel_id: CHANNEL, is_ephemeral: false };
    const message = { type: "message", ts: postedTs, text: reply.body.text, blocks: blocksOf(reply) };

    await click(button(blocksOf(reply), "errdesk.fixes."), container, "act-fixes", { message });
    const fixes = await slack.fake.waitFor(
      () => slack.fake.delivered("chat.update").find((c) => c.body.ts === postedTs),
      "chat.update",
    );
    expect(fixes.body.channel).toBe(CHANNEL);
    expect(allText(blocksOf(fixes))).toContain("*1. See who you are and what the object allows*");
    expect(allText(blocksOf(fixes))).toContain("```");

    await click(button(blocksOf(reply), "errdesk.feedback."), container, "act-feedback", { message });
    const thanked = await slack.fake.waitFor(
      () =>
        slack.fake
          .delivered("chat.update")
          .find((c) => c.body.ts === postedTs && String(c.body.text).startsWith("Thanks")),
      "the feedback notice",
    );
    expect(allText(blocksOf(thanked))).toContain("Thanks, glad it helped.");
    const feedback = await slack.logs.waitFor((l) => l.msg === "Slack feedback", "the feedback log");
    expect(feedback).toMatchObject({
      level: 30,
      helpful: true,
      articleId: "access-denied",
      code: "0x80070005",
    });
    expect(slack.fake.callsTo("response_url").filter((c) => c.path.startsWith("/response/act-"))).toEqual([]);
  });
});

describe("message shortcut", () => {
  it("opens a modal with the answer for that message", async () => {
    const ack = await slack.send.interaction({
      type: "message_action",
      callback_id: "explain_error_codes",
      trigger_id: "1337.44.shortcut",
      response_url: slack.fake.responseUrl("shortcut"),
      message_ts: "1700000003.000100",
      message: {
        type: "message",
        user: "U00FAKEUSER2",
        ts: "1700000003.000100",
        text: "Setup died: 0x80070643 and then 1603",
      },
      user: { id: USER, name: "user1" },
      channel: { id: CHANNEL, name: "helpdesk" },
      team: { id: BOT.teamId, domain: "errdesk-test" },
      token: "unused-verification-token",
      action_ts: "1700000003.5",
    });
    expect(ack.status).toBe(200);
    const opened = await slack.fake.waitFor(
      () => slack.fake.delivered("views.open").find((c) => c.body.trigger_id === "1337.44.shortcut"),
      "views.open",
    );
    const view = opened.body.view as { type: string; blocks: Blocks };
    expect(view.type).toBe("modal");
    expect(allText(view.blocks)).toContain("0x80070643");
    const inChannel = slack.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === CHANNEL);
    expect(inChannel.some((c) => String(c.body.text).includes("0x80070643"))).toBe(false);
  });
});

describe("App Home", () => {
  it("publishes what errdesk does and the user's recent lookups", async () => {
    const user = "U00FAKEHOME1";
    const dm = {
      type: "message",
      channel: "D00FAKEHOME1",
      channel_type: "im",
      user,
      text: "System error 1326 has occurred",
      ts: nextTs(),
    };
    await slack.send.event(dm);
    await slack.fake.waitFor(
      () => slack.fake.delivered("chat.postMessage").find((c) => c.body.channel === dm.channel),
      "the DM reply",
    );
    await slack.send.event({
      type: "app_home_opened",
      user,
      channel: "D00FAKEHOME1",
      tab: "home",
      event_ts: nextTs(),
    });
    const published = await slack.fake.waitFor(
      () => slack.fake.delivered("views.publish").find((c) => c.body.user_id === user),
      "views.publish",
    );
    const view = published.body.view as { type: string; blocks: Blocks };
    expect(view.type).toBe("home");
    const text = allText(view.blocks);
    expect(text).toContain("errdesk explains Windows error codes");
    expect(text).toContain("Your recent lookups");
    expect(text).toContain("System error 1326 has occurred");
  });
});

describe("buttons in other places", () => {
  it("opens a suggested article in place from a symptom card", async () => {
    const event = channelMessage(`<@${BOT.userId}> windows update says the service is disabled`);
    await slack.send.event({
      type: "app_mention",
      channel: CHANNEL,
      user: USER,
      text: event.text,
      ts: event.ts,
    });
    const reply = await replyIn(event.ts);
    const open = button(blocksOf(reply), "errdesk.open.");
    const postedTs = "1700000098.000200";
    await click(
      open,
      { type: "message", message_ts: postedTs, channel_id: CHANNEL, is_ephemeral: false },
      "act-open",
      {
        message: { type: "message", ts: postedTs, text: reply.body.text, blocks: blocksOf(reply) },
      },
    );
    const updated = await slack.fake.waitFor(
      () => slack.fake.delivered("chat.update").find((c) => c.body.ts === postedTs),
      "chat.update",
    );
    expect(blocksOf(updated)[0]?.type).toBe("header");
  });

  it("updates the shortcut's modal in place with views.update", async () => {
    await slack.send.interaction({
      type: "message_action",
      callback_id: "explain_error_codes",
      trigger_id: "1337.45.shortcut",
      response_url: slack.fake.responseUrl("shortcut-2"),
      message_ts: "1700000004.000100",
      message: { type: "message", user: "U00FAKEUSER2", ts: "1700000004.000100", text: "STOP 0x000000EF" },
      user: { id: USER, name: "user1" },
      channel: { id: CHANNEL, name: "helpdesk" },
      team: { id: BOT.teamId, domain: "errdesk-test" },
    });
    const opened = await slack.fake.waitFor(
      () => slack.fake.delivered("views.open").find((c) => c.body.trigger_id === "1337.45.shortcut"),
      "views.open",
    );
    const blocks = (opened.body.view as { blocks: Blocks }).blocks;
    await click(button(blocks, "errdesk.details."), { type: "view", view_id: "V00FAKEVIEW1" }, "modal-1", {
      view: { id: "V00FAKEVIEW1", hash: "1700000004.abc", type: "modal", blocks },
    });
    const updated = await slack.fake.waitFor(
      () => slack.fake.delivered("views.update").find((c) => c.body.view_id === "V00FAKEVIEW1"),
      "views.update",
    );
    expect(updated.body.hash).toBe("1700000004.abc");
    expect(allText((updated.body.view as { blocks: Blocks }).blocks)).toContain("CRITICAL_PROCESS_DIED");
    expect(slack.fake.callsTo("response_url").filter((c) => c.path === "/response/modal-1")).toEqual([]);
  });
});
