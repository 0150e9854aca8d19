/**
 * Secrets never reach the logs, and message text only at debug level. errdesk runs as `npm start`
 * does (adapters/main.ts in its own process, NODE_ENV=production, JSON logs) with known, unique
 * values for every secret, and everything it writes (stdout and stderr, its own lines and those of
 * Bolt, botbuilder and MSAL) is searched after traffic that includes failures: forged and stale
 * Slack signatures, Web API 500s and resets, a failing response_url, forged and expired Teams
 * tokens, Bot Connector 500s, and a Socket Mode app token that Slack refuses.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type FakeBotConnector,
  startFakeBotConnector,
  teamsActivities,
} from "../fakes/fake-bot-connector.ts";
import { type FakeBotIdentity, startFakeBotIdentity } from "../fakes/fake-bot-identity.ts";
import { type FakeSlackApi, slackSender, startFakeSlackApi } from "../fakes/fake-slack-api.ts";
import { waitFor } from "../helpers/wait-for.ts";

const unique = (prefix: string) => `${prefix}${randomBytes(18).toString("hex")}`;
const SECRETS = {
  SLACK_BOT_TOKEN: unique("xoxb-4242-"),
  SLACK_SIGNING_SECRET: unique(""),
  SLACK_APP_TOKEN: unique("xapp-1-"),
  MICROSOFT_APP_PASSWORD: unique("pw~"),
  STORE_SALT: unique("salt-"),
};
const APP_ID = "6a3e6c1d-2b7f-4d0e-9a51-7c2f0e8d4b19";
/** Words only message text contains. */
const MARK = { slack: "zebraunicornslack", teams: "zebraunicornteams" };

let fake: FakeSlackApi;
let identity: FakeBotIdentity;
let connector: FakeBotConnector;
let dataDir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  fake = await startFakeSlackApi();
  identity = await startFakeBotIdentity({ appId: APP_ID, appPassword: SECRETS.MICROSOFT_APP_PASSWORD });
  connector = await startFakeBotConnector();
  dataDir = await mkdtemp(path.join(tmpdir(), "errdesk-secrets-"));
});

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await fake?.close();
  await identity?.close();
  await connector?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** errdesk as `npm start` runs it, with every secret set; resolves once it listens. */
async function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "adapters/main.ts"], {
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: "0",
      PLAYGROUND: "true",
      DATA_DIR: dataDir,
      SLACK_BOT_TOKEN: SECRETS.SLACK_BOT_TOKEN,
      SLACK_SIGNING_SECRET: SECRETS.SLACK_SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      MICROSOFT_APP_ID: APP_ID,
      MICROSOFT_APP_PASSWORD: SECRETS.MICROSOFT_APP_PASSWORD,
      STORE_SALT: SECRETS.STORE_SALT,
      MICROSOFT_OPENID_METADATA_URL: identity.openIdMetadataUrl,
      MICROSOFT_LOGIN_URL: identity.loginUrl,
      RATE_LIMIT_USER_PER_MINUTE: "0",
      RATE_LIMIT_CHANNEL_PER_MINUTE: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (c: Buffer) => {
    output += c.toString();
  });
  child.stderr?.on("data", (c: Buffer) => {
    output += c.toString();
  });
  const url = await waitFor(
    () => /Playground: (http:\/\/localhost:\d+)/.exec(output)?.[1],
    "the start-up line",
    30_000,
  );
  return {
    url,
    output: () => output,
    /** The JSON log lines written so far. */
    lines: () =>
      output
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

type Main = Awaited<ReturnType<typeof startMain>>;

/** Traffic on both platforms, with failures of every kind; resolves when each request has been dealt with. */
async function drive(main: Main) {
  const slack = slackSender(`${main.url}/slack/events`, SECRETS.SLACK_SIGNING_SECRET);
  let ts = 1_700_900_000 + Math.floor(Math.random() * 1_000_000);
  const message = (text: string) => ({
    type: "message",
    channel: "C00FAKESECRET",
    channel_type: "channel",
    user: "U00FAKEUSER1",
    text,
    ts: `${ts++}.000100`,
  });
  const answered = async (event: Record<string, unknown> & { ts: string }) => {
    await slack.event(event);
    await fake.waitFor(
      () => fake.delivered("chat.postMessage").find((c) => c.body.thread_ts === event.ts),
      "an answer",
    );
  };
  // Slack: a normal answer, then the Web API failing (500s, resets), users.info failing…
  await answered(message(`0x80070005 ${MARK.slack}`));
  fake.failNext(3, "500", { method: "chat.postMessage" });
  const failed = await slack.event(message(`0xC0000005 ${MARK.slack}`));
  await waitFor(
    () => main.lines().find((l) => l.eventId === failed.eventId && l.msg === "Slack chat.postMessage failed"),
    "500s",
  );
  fake.failNext(2, "reset", { method: "chat.postMessage" });
  await answered(message(`System error 1326 ${MARK.slack}`));
  fake.failNext(3, "500", { method: "users.info" });
  await answered({ ...message(`0x80090311 ${MARK.slack}`), user: "U00FAKEUSER2" });
  // …a slash command whose response_url fails…
  fake.failNext(3, "500", { method: "response_url" });
  await slack.command({
    command: "/errdesk",
    text: `0x80070005 ${MARK.slack}`,
    user_id: "U00FAKEUSER1",
    channel_id: "C00FAKESECRET",
    response_url: fake.responseUrl("secret-test"),
    trigger_id: "1.2.3",
    team_id: "T00FAKE00AA",
  });
  await waitFor(
    () => main.lines().find((l) => l.msg === "Slack response_url failed; no retries left"),
    "response_url failures",
  );
  // …and forged and stale signatures.
  const body = JSON.stringify({ type: "event_callback", event: message(MARK.slack) });
  expect((await slack.post(body, "application/json", { "x-slack-signature": "v0=forged" })).status).toBe(401);
  expect(
    (
      await slack.post(body, "application/json", {
        "x-slack-request-timestamp": String(Math.floor(Date.now() / 1000) - 3600),
      })
    ).status,
  ).toBe(401);

  // Teams: a valid token (answered with a token from the login authority), then connector 500s,
  // then forged and expired tokens.
  const activities = teamsActivities(connector.url);
  const postTeams = (activity: unknown, token: string) =>
    fetch(`${main.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(activity),
    });
  const token = (options: Partial<Parameters<FakeBotIdentity["inboundToken"]>[0]> = {}) =>
    identity.inboundToken({ audience: APP_ID, serviceUrl: connector.url, ...options });
  const tokens: string[] = [];
  const send = async (text: string, options = {}) => {
    const t = token(options);
    tokens.push(t);
    return (await postTeams(activities.personalMessage(text), t)).status;
  };
  expect(await send(`0x80070005 ${MARK.teams}`)).toBe(200);
  connector.failNext(3, { status: 500 });
  expect(await send(`0xC0000005 ${MARK.teams}`)).toBe(200);
  expect(await send(`0x80070005 ${MARK.teams}`, { forged: true })).toBe(401);
  expect(await send(`0x80070005 ${MARK.teams}`, { expiresIn: -3600 })).toBe(401);
  await waitFor(
    () => main.lines().find((l) => l.msg === "Bot Connector call failed; giving up"),
    "the connector failure",
  );
  return { tokens };
}

function expectNoSecrets(output: string, extra: string[] = []) {
  for (const [name, value] of Object.entries(SECRETS)) {
    expect(output.includes(value), `${name} in the output`).toBe(false);
    // Nor a recognisable part of it (a truncated or split secret).
    expect(output.includes(value.slice(-16)), `the end of ${name} in the output`).toBe(false);
  }
  for (const value of extra)
    expect(output.includes(value.split(".")[2] ?? value), "a token's signature in the output").toBe(false);
}

describe("secrets in the logs", () => {
  it("at info level: no secret, no token and no message text anywhere in what errdesk writes", {
    timeout: 120_000,
  }, async () => {
    const main = await startMain({ LOG_LEVEL: "info" });
    const { tokens } = await drive(main);
    await main.stop();
    const output = main.output();
    expectNoSecrets(output, tokens);
    expect(output).not.toContain(MARK.slack);
    expect(output).not.toContain(MARK.teams);
    // The failures were logged (with ids), so the check above looked at real error lines.
    const messages = main.lines().map((l) => l.msg);
    for (const expected of [
      "answered",
      "Slack chat.postMessage failed",
      "Slack request refused",
      "Slack response_url failed; no retries left",
      "Teams request refused: invalid token",
      "Bot Connector call failed; giving up",
    ])
      expect(messages, expected).toContain(expected);
  });

  it("at debug level: still no secret or token, and message text may appear", {
    timeout: 120_000,
  }, async () => {
    const main = await startMain({ LOG_LEVEL: "debug" });
    const { tokens } = await drive(main);
    await main.stop();
    const output = main.output();
    expectNoSecrets(output, tokens);
    expect(output).toContain(MARK.slack);
    expect(output).toContain(MARK.teams);
  });

  it("in Socket Mode: a refused app token is logged without the token", { timeout: 60_000 }, async () => {
    fake.setSocketModeAnswer({ ok: false, error: "invalid_auth" });
    const main = await startMain({ LOG_LEVEL: "debug", SLACK_APP_TOKEN: SECRETS.SLACK_APP_TOKEN });
    await waitFor(
      () => main.lines().find((l) => String(l.msg).startsWith("Slack Socket Mode could not connect")),
      "the Socket Mode error",
    );
    expect(fake.callsTo("apps.connections.open").at(-1)?.authorization).toBe(
      `Bearer ${SECRETS.SLACK_APP_TOKEN}`,
    );
    await main.stop();
    expectNoSecrets(main.output());
  });
});
