import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readConfig } from "../../adapters/config.ts";

describe("readConfig", () => {
  it("starts with no variables at all: playground on, Teams in emulator mode, Slack off with a hint", () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 3978, playground: true, production: false, teams: { appId: "" } });
    expect(config.slack).toBeUndefined();
    expect(config.slackOff).toMatch(/SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET/);
  });

  it.each([
    [{ PORT: "eighty" }, "PORT=eighty"],
    [{ PORT: "70000" }, "PORT=70000"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL=loud"],
    [{ PLAYGROUND: "maybe" }, "PLAYGROUND=maybe"],
    [{ SLACK_BOT_TOKEN: "xoxb-1" }, "SLACK_SIGNING_SECRET is missing"],
    [{ SLACK_BOT_TOKEN: "xoxp-user", SLACK_SIGNING_SECRET: "s" }, "SLACK_BOT_TOKEN must be a bot token"],
    [
      { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", SLACK_APP_TOKEN: "xoxb-2" },
      "SLACK_APP_TOKEN must be an app-level token",
    ],
    [{ MICROSOFT_APP_ID: "00000000-0000-0000-0000-000000000001" }, "MICROSOFT_APP_PASSWORD is missing"],
    [{ MICROSOFT_APP_TYPE: "Sometimes" }, "MICROSOFT_APP_TYPE=Sometimes"],
    [{ RATE_LIMIT_USER_PER_MINUTE: "-1" }, "RATE_LIMIT_USER_PER_MINUTE=-1"],
    [{ BODY_TIMEOUT_MS: "5s" }, "BODY_TIMEOUT_MS=5s"],
    [{ MAX_TRACKED_KEYS: "10" }, "MAX_TRACKED_KEYS=10"],
    [
      { MICROSOFT_APP_ID: "a", MICROSOFT_APP_PASSWORD: "b", MICROSOFT_LOGIN_URL: "login.example.com" },
      "MICROSOFT_LOGIN_URL=login.example.com is not an http(s) URL",
    ],
    [
      { MICROSOFT_APP_ID: "a", MICROSOFT_APP_PASSWORD: "b", MICROSOFT_APP_TYPE: "SingleTenant" },
      "MICROSOFT_APP_TENANT_ID is missing",
    ],
  ])("rejects %o naming the variable", (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });

  it("has safe defaults for limits, and reads the Bot Framework endpoints for tests and sovereign clouds", () => {
    expect(readConfig({})).toMatchObject({
      maxBodyBytes: 1_000_000,
      bodyTimeoutMs: 10_000,
      rateLimits: { userPerMinute: 10, channelPerMinute: 30 },
      maxTrackedKeys: 10_000,
    });
    const teams = readConfig({
      MICROSOFT_APP_ID: "a",
      MICROSOFT_APP_PASSWORD: "b",
      MICROSOFT_OPENID_METADATA_URL: "https://login.example.us/v1/.well-known/openidconfiguration",
      MICROSOFT_LOGIN_URL: "https://login.example.us/tenant/",
    }).teams;
    expect(teams).toMatchObject({
      openIdMetadataUrl: "https://login.example.us/v1/.well-known/openidconfiguration",
      loginUrl: "https://login.example.us/tenant",
    });
  });

  it("in production: playground off, and Teams not started without an app id, saying what to set", () => {
    const config = readConfig({ NODE_ENV: "production", STORE_SALT: "a-production-salt-0123" });
    expect(config.playground).toBe(false);
    expect(config.teams).toBeUndefined();
    expect(config.teamsOff).toMatch(/set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD/);
  });

  it(".env.example documents every variable the configuration reads", () => {
    const read = [
      ...readFileSync("adapters/config.ts", "utf8").matchAll(/get\("([A-Z_]+)"\)|(?:int|bool)\("([A-Z_]+)"/g),
    ].map((m) => m[1] ?? m[2]);
    const documented = new Set(
      [...readFileSync(".env.example", "utf8").matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]),
    );
    expect(read.length).toBeGreaterThan(10);
    expect(read.filter((name) => !documented.has(name))).toEqual([]);
  });
});
