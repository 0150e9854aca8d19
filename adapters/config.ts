/**
 * Reads and validates the environment once, at start. A wrong or missing variable is an error that
 * names it and says how to fix it; nothing below this file reads process.env.
 */
import { ErrdeskError } from "../src/index.ts";
import type { RateLimits } from "./shared/rate-limiter.ts";

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
  /**
   * Where the Bot Framework's token signing keys are published (OpenID configuration), and the
   * authority that issues the bot's own tokens. Bot Framework's public cloud when unset; tests and
   * sovereign or private clouds point them elsewhere.
   */
  openIdMetadataUrl?: string;
  loginUrl?: string;
}

/** What errdesk remembers and for how long (adapters/store/README.md). */
export interface StoreConfig {
  /** PostgreSQL, shared by replicas; unset: an SQLite file in the data folder. */
  databaseUrl?: string;
  /** Secret that user ids are hashed with; required in production, generated in the data folder otherwise. */
  salt?: string;
  /** Keep the text people asked (off by default). */
  keepQueryText: boolean;
  retentionDays: number;
}

export interface AppConfig {
  production: boolean;
  port: number;
  host: string;
  logLevel: string;
  knowledgeDir?: string;
  /** Small state kept across restarts (per-channel settings, the SQLite store, the development salt). */
  dataDir: string;
  store: StoreConfig;
  playground: boolean;
  /** Watch knowledge/ and reload on change. */
  watchKnowledge: boolean;
  shutdownTimeoutMs: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** How long a request body may take to arrive before the request is refused with 408. */
  bodyTimeoutMs: number;
  rateLimits: RateLimits;
  /** Most entries each in-memory store keeps (deliveries seen, locales, rate-limit windows…). */
  maxTrackedKeys: number;
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
    bodyTimeoutMs: int("BODY_TIMEOUT_MS", 10_000, 100, 600_000),
    rateLimits: {
      userPerMinute: int("RATE_LIMIT_USER_PER_MINUTE", 10, 0, 100_000),
      channelPerMinute: int("RATE_LIMIT_CHANNEL_PER_MINUTE", 30, 0, 100_000),
    },
    maxTrackedKeys: int("MAX_TRACKED_KEYS", 10_000, 100, 10_000_000),
    store: {
      ...readStoreSecrets(get, problems, production),
      keepQueryText: bool("STORE_QUERY_TEXT", false),
      retentionDays: int("RETENTION_DAYS", 90, 1, 3_650),
    },
    ...(get("KNOWLEDGE_DIR") ? { knowledgeDir: get("KNOWLEDGE_DIR") } : {}),
  };

  readSlack(get, problems, config);
  readTeams(get, problems, config);

  if (problems.length > 0) throw configProblems(problems);
  return config;
}

function configProblems(problems: string[]): ErrdeskError {
  return new ErrdeskError(
    "config-invalid",
    problems.map((p) => p.split(/[= ]/)[0]).join(", "),
    `Configuration problem${problems.length > 1 ? "s" : ""}:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example for every variable.`,
  );
}

const MIN_SALT_LENGTH = 16;

/** DATABASE_URL and STORE_SALT. Neither value ever appears in a message: both are secrets. */
function readStoreSecrets(
  get: (name: string) => string | undefined,
  problems: string[],
  production: boolean,
): Pick<StoreConfig, "databaseUrl" | "salt"> {
  const databaseUrl = get("DATABASE_URL");
  if (databaseUrl && !/^postgres(?:ql)?:\/\/\S+$/.test(databaseUrl))
    problems.push("DATABASE_URL must be a PostgreSQL URL: postgres://user:password@host:5432/database");
  const salt = get("STORE_SALT");
  if (salt && salt.length < MIN_SALT_LENGTH)
    problems.push(`STORE_SALT must be at least ${MIN_SALT_LENGTH} characters (e.g. openssl rand -hex 32)`);
  if (!salt && production)
    problems.push(
      "STORE_SALT is missing: in production user ids are hashed with a secret salt; set a long random value (e.g. openssl rand -hex 32) and keep it unchanged",
    );
  return { ...(databaseUrl ? { databaseUrl } : {}), ...(salt ? { salt } : {}) };
}

/** Where the store is, alone: `errdesk report` needs neither Slack's nor Teams' settings. */
export function readStoreSettings(env: Env): { databaseUrl?: string; dataDir: string } {
  const get = (name: string) => env[name]?.trim() || undefined;
  const problems: string[] = [];
  const { databaseUrl } = readStoreSecrets(get, problems, false);
  if (problems.length > 0) throw configProblems(problems);
  return { dataDir: get("DATA_DIR") ?? "./data", ...(databaseUrl ? { databaseUrl } : {}) };
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
  const openIdMetadataUrl = get("MICROSOFT_OPENID_METADATA_URL");
  const loginUrl = get("MICROSOFT_LOGIN_URL");
  for (const [name, url] of [
    ["MICROSOFT_OPENID_METADATA_URL", openIdMetadataUrl],
    ["MICROSOFT_LOGIN_URL", loginUrl],
  ] as const) {
    if (url !== undefined && !/^https?:\/\/[^\s]+$/.test(url))
      problems.push(`${name}=${url} is not an http(s) URL`);
  }
  if (loginUrl && appType === "UserAssignedMSI")
    problems.push("MICROSOFT_LOGIN_URL applies to bots with a client secret, not to UserAssignedMSI");
  config.teams = {
    appId,
    appPassword,
    appType: appType as TeamsConfig["appType"],
    tenantId,
    ...(openIdMetadataUrl ? { openIdMetadataUrl } : {}),
    ...(loginUrl ? { loginUrl: loginUrl.replace(/\/+$/, "") } : {}),
  };
}
