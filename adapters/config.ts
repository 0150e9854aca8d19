/**
 * Reads and validates the environment once, at start. A wrong or missing variable is an error that
 * names it and says how to fix it; nothing below this file reads process.env.
 */
import { ErrdeskError } from "../src/index.ts";

export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  /** Set for Socket Mode. */
  appToken?: string;
  /** Web API base URL, Slack's own by default; tests and staging point it elsewhere. */
  apiUrl: string;
}

export interface TeamsConfig {
  /** Empty in local emulator mode (no authentication). */
  appId: string;
  appPassword: string;
  appType: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
  tenantId: string;
}

export interface AppConfig {
  production: boolean;
  port: number;
  host: string;
  logLevel: string;
  knowledgeDir?: string;
  /** Small state kept across restarts (per-channel settings). */
  dataDir: string;
  playground: boolean;
  /** Watch knowledge/ and reload on change. */
  watchKnowledge: boolean;
  shutdownTimeoutMs: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  slack?: SlackConfig;
  /** Why Slack is off, when it is. */
  slackOff?: string;
  teams?: TeamsConfig;
  teamsOff?: string;
}

export type Env = Record<string, string | undefined>;

const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"];
const APP_TYPES = ["MultiTenant", "SingleTenant", "UserAssignedMSI"] as const;

export function readConfig(env: Env): AppConfig {
  const problems: string[] = [];
  const get = (name: string) => env[name]?.trim() || undefined;
  const production = get("NODE_ENV") === "production";

  const int = (name: string, fallback: number, min: number, max: number) => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name}=${raw} is not a whole number from ${min} to ${max}`);
      return fallback;
    }
    return n;
  };
  const bool = (name: string, fallback: boolean) => {
    const raw = get(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (["true", "1", "yes", "on"].includes(raw)) return true;
    if (["false", "0", "no", "off"].includes(raw)) return false;
    problems.push(`${name}=${raw} must be true or false`);
    return fallback;
  };

  const logLevel = get("LOG_LEVEL") ?? "info";
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL=${logLevel} must be one of ${LOG_LEVELS.join(", ")}`);

  const config: AppConfig = {
    production,
    port: int("PORT", 3978, 0, 65535),
    host: get("HOST") ?? "0.0.0.0",
    logLevel,
    dataDir: get("DATA_DIR") ?? "./data",
    playground: bool("PLAYGROUND", !production),
    watchKnowledge: bool("KNOWLEDGE_WATCH", !production),
    shutdownTimeoutMs: int("SHUTDOWN_TIMEOUT_MS", 10_000, 0, 600_000),
    maxBodyBytes: int("MAX_BODY_BYTES", 1_000_000, 1_024, 50_000_000),
    ...(get("KNOWLEDGE_DIR") ? { knowledgeDir: get("KNOWLEDGE_DIR") } : {}),
  };

  readSlack(get, problems, config);
  readTeams(get, problems, config);

  if (problems.length > 0) {
    throw new ErrdeskError(
      "config-invalid",
      problems.map((p) => p.split(/[= ]/)[0]).join(", "),
      `Configuration problem${problems.length > 1 ? "s" : ""}:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example for every variable.`,
    );
  }
  return config;
}

function readSlack(get: (name: string) => string | undefined, problems: string[], config: AppConfig): void {
  const botToken = get("SLACK_BOT_TOKEN");
  const signingSecret = get("SLACK_SIGNING_SECRET");
  const appToken = get("SLACK_APP_TOKEN");
  const apiUrl = get("SLACK_API_URL") ?? "https://slack.com/api/";
  if (!botToken && !signingSecret && !appToken) {
    config.slackOff = "set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET";
    return;
  }
  if (!botToken)
    problems.push(
      "SLACK_BOT_TOKEN is missing: copy the Bot User OAuth Token (xoxb-…) from your Slack app's OAuth & Permissions page",
    );
  else if (!botToken.startsWith("xoxb-"))
    problems.push("SLACK_BOT_TOKEN must be a bot token starting with xoxb-");
  if (!signingSecret)
    problems.push("SLACK_SIGNING_SECRET is missing: copy it from your Slack app's Basic Information page");
  if (appToken && !appToken.startsWith("xapp-"))
    problems.push("SLACK_APP_TOKEN must be an app-level token starting with xapp- (Socket Mode)");
  if (!/^https?:\/\/[^\s]+$/.test(apiUrl)) problems.push(`SLACK_API_URL=${apiUrl} is not an http(s) URL`);
  if (botToken && signingSecret) {
    config.slack = {
      botToken,
      signingSecret,
      apiUrl: apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/`,
      ...(appToken ? { appToken } : {}),
    };
  }
}

function readTeams(get: (name: string) => string | undefined, problems: string[], config: AppConfig): void {
  const appId = get("MICROSOFT_APP_ID") ?? "";
  const appPassword = get("MICROSOFT_APP_PASSWORD") ?? "";
  const appType = get("MICROSOFT_APP_TYPE") ?? "MultiTenant";
  const tenantId = get("MICROSOFT_APP_TENANT_ID") ?? "";
  if (!APP_TYPES.includes(appType as (typeof APP_TYPES)[number])) {
    problems.push(`MICROSOFT_APP_TYPE=${appType} must be one of ${APP_TYPES.join(", ")}`);
    return;
  }
  if (!appId) {
    if (config.production) {
      config.teamsOff =
        "not started: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD (Azure Bot registration) to answer in Teams";
      return;
    }
    config.teams = { appId: "", appPassword: "", appType: "MultiTenant", tenantId: "" };
    return;
  }
  if (appType !== "UserAssignedMSI" && !appPassword)
    problems.push("MICROSOFT_APP_PASSWORD is missing: create a client secret for the bot's app registration");
  if (appType !== "MultiTenant" && !tenantId)
    problems.push(`MICROSOFT_APP_TENANT_ID is missing: ${appType} bots need the directory (tenant) id`);
  config.teams = { appId, appPassword, appType: appType as TeamsConfig["appType"], tenantId };
}
