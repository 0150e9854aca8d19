/**
 * `/errdesk mode codes|mentions`: who may change it, what it changes, and that it survives a restart.
 */

import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BOT } from "../fakes/fake-slack-api.ts";
import { useSlackApp } from "../helpers/platform-apps.ts";

const CHANNEL = "C00FAKEMODE1";
const ADMIN = "U00FAKEADMIN";
const MEMBER = "U00FAKEMEMBR";
const CREATOR = "U00FAKECREAT";
const slack = useSlackApp();
let clock = 1_700_300_000;
let responses = 0;

/** Runs `/errdesk <text>` as `user` and returns the ephemeral text errdesk answered with. */
async function errdesk(text: string, user: string, channel = CHANNEL): Promise<string> {
  const id = `mode-${++responses}`;
  await slack.send.command({
    team_id: BOT.teamId,
    channel_id: channel,
    user_id: user,
    command: "/errdesk",
    text,
    api_app_id: "A00FAKEAPP1",
    is_enterprise_install: "false",
    response_url: slack.fake.responseUrl(id),
    trigger_id: `1337.50.${id}`,
  });
  const call = await slack.fake.waitFor(
    () => slack.fake.callsTo("response_url").find((c) => c.path === `/response/${id}`),
    id,
  );
  expect(call.body.response_type).toBe("ephemeral");
  return String(call.body.text);
}

/** Posts a message with a code; resolves to the outcome errdesk logged for it. */
async function codeMessageOutcome(text = "0x80070005 on the share"): Promise<string> {
  const { eventId } = await slack.send.event({
    type: "message",
    channel: CHANNEL,
    channel_type: "channel",
    user: MEMBER,
    text,
    ts: `${clock++}.000100`,
  });
  const line = await slack.logs.waitFor(
    (l) => l.eventId === eventId && l.msg === "slack event handled",
    "the outcome",
  );
  return String(line.outcome);
}

beforeAll(() => {
  slack.fake.setUser(ADMIN, { is_admin: true });
  slack.fake.setChannelCreator(CHANNEL, CREATOR);
});

describe("/errdesk mode", () => {
  it("answers code messages by default and says so", async () => {
    expect(await errdesk("mode", MEMBER)).toContain("I answer every message that contains an error code");
    expect(await codeMessageOutcome()).toBe("answered");
  });

  it("refuses a member who is neither an admin nor the channel's creator", async () => {
    expect(await errdesk("mode mentions", MEMBER)).toContain("Only workspace admins and owners");
    expect(slack.fake.callsTo("conversations.info").at(-1)?.body.channel).toBe(CHANNEL);
    expect(await codeMessageOutcome()).toBe("answered");
  });

  it("lets a workspace admin switch to mentions only: code messages get no reply, mentions do", async () => {
    expect(await errdesk("mode mentions", ADMIN)).toContain("only when someone mentions me");
    expect(await codeMessageOutcome()).toBe("mode mentions");
    const ts = `${clock++}.000100`;
    await slack.send.event({
      type: "app_mention",
      channel: CHANNEL,
      user: MEMBER,
      text: `<@${BOT.userId}> 0x80070005?`,
      ts,
    });
    await slack.fake.waitFor(
      () => slack.fake.delivered("chat.postMessage").find((c) => c.body.thread_ts === ts),
      "the mention's reply",
    );
  });

  it("keeps the mode across a restart, in a JSON file under DATA_DIR", async () => {
    await slack.app.stop();
    const saved = JSON.parse(await readFile(path.join(slack.dataDir, "slack-channel-modes.json"), "utf8"));
    expect(saved).toEqual({ version: 1, channels: { [CHANNEL]: "mentions" } });
    await slack.start();
    expect(await codeMessageOutcome()).toBe("mode mentions");
  });

  it("lets the channel's creator switch back to codes", async () => {
    expect(await errdesk("mode codes", CREATOR)).toContain("I'll answer every message with an error code");
    expect(await codeMessageOutcome()).toBe("answered");
  });

  it("explains that modes are for channels when used in a DM", async () => {
    expect(await errdesk("mode mentions", ADMIN, "D00FAKEDM009")).toContain(
      "in direct messages I always answer",
    );
  });
});
