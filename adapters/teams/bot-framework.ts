/**
 * The one file that knows the Bot Framework SDK (botbuilder 4.23, archived upstream). It hosts a
 * CloudAdapter, turns each TurnContext into a TeamsTurn and sends invoke responses; moving to the
 * M365 Agents SDK means rewriting this file only.
 *
 * Inbound: each request is authenticated here, before the adapter runs the turn, so a bad token is
 * a 401 in our log format (CloudAdapter.process answers 500 to a forged signature and prints to the
 * console). MICROSOFT_OPENID_METADATA_URL and MICROSOFT_LOGIN_URL move the key lookup and the bot's
 * own tokens off Microsoft's public cloud (tests, sovereign and private clouds).
 *
 * Outbound calls: botbuilder's HTTP pipeline retries 429/5xx itself (3 more tries, up to ~6 s) and
 * never times out, so a hung connector holds a turn forever. We remove that retry policy and set a
 * per-request timeout; connector-retry.ts is then the one, bounded, logged retry policy.
 * @see https://github.com/microsoft/botbuilder-js/blob/main/libraries/botbuilder/src/cloudAdapter.ts
 * @see https://learn.microsoft.com/microsoft-365/agents-sdk/bf-migration-guidance
 */
import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import {
  type Activity,
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from "botbuilder";
import type { Logger } from "../../src/index.ts";
import type { TeamsConfig } from "../config.ts";
import { ADAPTIVE_CARD, type OutgoingMessage, type TeamsActivity } from "./activity.ts";
import { CONNECTOR_RETRY, type ConnectorFault, withRetry } from "./connector-retry.ts";

/** One incoming activity and the two ways to answer it. Sends retry and log on their own. */
export interface TeamsTurn {
  readonly activity: TeamsActivity;
  /** Replies in the same conversation (and thread); resolves to the new message's id. */
  reply(message: OutgoingMessage): Promise<string | undefined>;
  /** Replaces the message `activityId` (a card the bot sent earlier). */
  update(activityId: string, message: OutgoingMessage): Promise<void>;
}

/** The synchronous HTTP answer to an invoke (messaging extension query, select item). */
export interface InvokeResult {
  status: number;
  body?: unknown;
}

export type TurnHandler = (turn: TeamsTurn) => Promise<InvokeResult | undefined>;

export interface BotFramework {
  /** Hands a parsed activity to the SDK, which authenticates it, runs the turn and writes the response. */
  process(body: Record<string, unknown>, headers: IncomingHttpHeaders, res: ServerResponse): Promise<void>;
}

/** Status and Retry-After from a botbuilder RestError (or anything else thrown by a send). */
export function describeFault(error: unknown): ConnectorFault {
  const e = error as {
    statusCode?: number;
    message?: string;
    response?: { headers?: { get?(n: string): unknown } };
  };
  const header = e.response?.headers?.get?.("retry-after");
  const seconds =
    typeof header === "string" && /^\d+(\.\d+)?$/.test(header.trim()) ? Number(header) : undefined;
  const date =
    typeof header === "string" && seconds === undefined ? Date.parse(header) - Date.now() : Number.NaN;
  return {
    ...(typeof e.statusCode === "number" ? { status: e.statusCode } : {}),
    ...(seconds !== undefined
      ? { retryAfterMs: seconds * 1000 }
      : Number.isFinite(date)
        ? { retryAfterMs: Math.max(0, date) }
        : {}),
    ...((error as Error)?.name === "AbortError" ? { timedOut: true } : {}),
    message: e.message ?? String(error),
  };
}

type Authenticate = ConfigurationBotFrameworkAuthentication["authenticateRequest"];
type ConnectorFactory = NonNullable<Awaited<ReturnType<Authenticate>>["connectorFactory"]>;

interface PipelineRequest {
  timeout: number;
}
interface Pipeline {
  removePolicy(options: { name: string }): unknown;
  addPolicy(policy: {
    name: string;
    sendRequest(r: PipelineRequest, next: (r: PipelineRequest) => unknown): unknown;
  }): void;
}

/** Takes the SDK's retry out of a connector client and gives each request a timeout. */
function tameConnectorFactory(inner: ConnectorFactory, logger: Logger): ConnectorFactory {
  const create = async (serviceUrl: string, audience?: string) => {
    const client = await inner.create(serviceUrl, audience);
    // `client` is private in the typings; if a future botbuilder moves it, keep its defaults and say so.
    const pipeline = (client as unknown as { client?: { pipeline?: Pipeline } }).client?.pipeline;
    if (!pipeline) {
      logger.warn("botbuilder connector pipeline not found; its own retries and no timeout stay in place");
      return client;
    }
    pipeline.removePolicy({ name: "defaultRetryPolicy" });
    pipeline.addPolicy({
      name: "errdeskRequestTimeout",
      sendRequest: (request, next) => {
        request.timeout = CONNECTOR_RETRY.timeoutMs;
        return next(request);
      },
    });
    return client;
  };
  return { create } as ConnectorFactory;
}

/**
 * Bot Framework's public cloud, as botframework-connector's AuthenticationConstants define them.
 * Setting any endpoint switches botbuilder to "parameterized" mode, where every one must be given.
 * @see https://github.com/microsoft/botbuilder-js/blob/main/libraries/botframework-connector/src/auth/authenticationConstants.ts
 */
const PUBLIC_CLOUD = {
  ToChannelFromBotLoginUrl: "https://login.microsoftonline.com/botframework.com",
  ToChannelFromBotOAuthScope: "https://api.botframework.com",
  ToBotFromChannelTokenIssuer: "https://api.botframework.com",
  OAuthUrl: "https://api.botframework.com",
  ToBotFromChannelOpenIdMetadataUrl: "https://login.botframework.com/v1/.well-known/openidconfiguration",
  ToBotFromEmulatorOpenIdMetadataUrl:
    "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
} as const;

function authOptions(config: TeamsConfig): ConfigurationBotFrameworkAuthenticationOptions {
  // No app id: the SDK skips authentication (Bot Framework Emulator mode). Never pass process.env.
  if (!config.appId) return {};
  const app = {
    MicrosoftAppId: config.appId,
    MicrosoftAppType: config.appType,
    ...(config.appType === "UserAssignedMSI" ? {} : { MicrosoftAppPassword: config.appPassword }),
    ...(config.tenantId ? { MicrosoftAppTenantId: config.tenantId } : {}),
  };
  if (!config.openIdMetadataUrl && !config.loginUrl) return app;
  return {
    ...app,
    ...PUBLIC_CLOUD,
    ValidateAuthority: true,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ...(config.openIdMetadataUrl ? { ToBotFromChannelOpenIdMetadataUrl: config.openIdMetadataUrl } : {}),
    ...(config.loginUrl ? { ToChannelFromBotLoginUrl: config.loginUrl } : {}),
  };
}

type CredentialsFactory = NonNullable<
  ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[1]
>;
type Credentials = Awaited<ReturnType<CredentialsFactory["createCredentials"]>>;
type SignedRequest = Parameters<Credentials["signRequest"]>[0];

/**
 * The bot's own tokens (for replies) from MICROSOFT_LOGIN_URL, by the OAuth 2.0 client-credentials
 * grant. botbuilder hands a custom login URL to MSAL, which accepts only https authorities it can
 * look up at login.microsoftonline.com; this is the same request, made directly, with a timeout.
 * Tokens are cached per scope until five minutes before they expire. Never logs the secret or a token.
 * @see https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow
 */
function clientCredentialsFactory(config: TeamsConfig, loginUrl: string): CredentialsFactory {
  const cache = new Map<string, { token: string; refreshAt: number }>();
  const pending = new Map<string, Promise<string>>();

  const request = async (scope: string): Promise<string> => {
    const response = await fetch(`${loginUrl}/oauth2/v2.0/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: config.appId,
        client_secret: config.appPassword,
        scope,
      }).toString(),
      signal: AbortSignal.timeout(CONNECTOR_RETRY.timeoutMs),
    });
    const body = (await response.json().catch(() => ({}))) as {
      access_token?: unknown;
      expires_in?: unknown;
    };
    if (!response.ok || typeof body.access_token !== "string")
      throw Object.assign(new Error(`the token endpoint at ${loginUrl} answered ${response.status}`), {
        statusCode: response.ok ? 502 : response.status,
      });
    const lifetimeMs = Math.max(0, Number(body.expires_in) || 0) * 1000;
    cache.set(scope, {
      token: body.access_token,
      refreshAt: Date.now() + lifetimeMs - Math.min(300_000, lifetimeMs / 2),
    });
    return body.access_token;
  };

  const token = (scope: string): Promise<string> => {
    const cached = cache.get(scope);
    if (cached && cached.refreshAt > Date.now()) return Promise.resolve(cached.token);
    let inFlight = pending.get(scope);
    if (!inFlight) {
      inFlight = request(scope).finally(() => pending.delete(scope));
      pending.set(scope, inFlight);
    }
    return inFlight;
  };

  return {
    isValidAppId: async (appId: string) => appId === config.appId,
    isAuthenticationDisabled: async () => false,
    createCredentials: async (appId: string, audience: string | undefined) => {
      if (appId !== config.appId) throw new Error("Invalid appId.");
      const scope = `${(audience || PUBLIC_CLOUD.ToChannelFromBotOAuthScope).replace(/\/+$/, "")}/.default`;
      return {
        signRequest: async (webResource: SignedRequest) => {
          webResource.headers.set("authorization", `Bearer ${await token(scope)}`);
          return webResource;
        },
      };
    },
  };
}

/**
 * Why authenticating a request failed: the request's fault (no, forged, expired or misaddressed
 * token: 401) or ours (the signing keys could not be fetched: 503, so the Bot Connector retries).
 */
function authFailure(error: unknown): { status: 401 | 503; reason: string } {
  const e = error as { name?: string; message?: string; statusCode?: number; code?: string };
  const reason = e?.message ?? String(error);
  const unreachable =
    e?.statusCode === 500 ||
    e?.name === "FetchError" ||
    (typeof e?.code === "string" && /^E[A-Z]+$/.test(e.code));
  return { status: unreachable ? 503 : 401, reason };
}

/** What botbuilder's own request parsing does to an activity: ISO timestamps become Dates. */
function toActivity(body: Record<string, unknown>): Activity {
  const activity = { ...body };
  for (const [field, raw] of [
    ["timestamp", "rawTimestamp"],
    ["expiration", "rawExpiration"],
    ["localTimestamp", "rawLocalTimestamp"],
  ] as const) {
    const value = activity[field];
    if (typeof value === "string") {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (res.headersSent) return void res.end();
  if (body === undefined) {
    res.writeHead(status, { "content-length": 0 });
    return void res.end();
  }
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, {
    "content-type":
      typeof body === "string" ? "text/plain; charset=utf-8" : "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

type AuthResult = Awaited<ReturnType<Authenticate>>;

/** CloudAdapter with its turn runner reachable: errdesk authenticates first, in its own log format. */
class ErrdeskCloudAdapter extends CloudAdapter {
  run(auth: AuthResult, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(auth, activity, logic);
  }
}

export function createBotFramework(config: TeamsConfig, onTurn: TurnHandler, logger: Logger): BotFramework {
  class TimedAuthentication extends ConfigurationBotFrameworkAuthentication {
    override async authenticateRequest(...args: Parameters<Authenticate>): ReturnType<Authenticate> {
      const result = await super.authenticateRequest(...args);
      if (!result.connectorFactory) return result;
      return { ...result, connectorFactory: tameConnectorFactory(result.connectorFactory, logger) };
    }
  }
  const custom =
    config.appId && config.loginUrl && config.appType !== "UserAssignedMSI"
      ? clientCredentialsFactory(config, config.loginUrl)
      : undefined;
  const authentication = new TimedAuthentication(authOptions(config), custom);
  const adapter = new ErrdeskCloudAdapter(authentication);
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, activityId: context.activity.id }, "Teams turn failed");
  };

  const toTurn = (context: TurnContext): TeamsTurn => {
    const activity = context.activity as unknown as TeamsActivity;
    const retry = <T>(op: string, call: () => Promise<T>) =>
      withRetry(call, { describe: describeFault, logger, fields: { activityId: activity.id, op } });
    const toActivity = (message: OutgoingMessage): Partial<Activity> => ({
      type: "message",
      summary: message.summary,
      attachments: [{ contentType: ADAPTIVE_CARD, content: message.card }],
    });
    return {
      activity,
      reply: async (message) => (await retry("send", () => context.sendActivity(toActivity(message))))?.id,
      update: async (activityId, message) => {
        await retry("update", () => context.updateActivity({ ...toActivity(message), id: activityId }));
      },
    };
  };

  return {
    async process(body, headers, res) {
      const activity = toActivity(body);
      const activityId = typeof activity.id === "string" ? activity.id : undefined;
      let auth: AuthResult;
      try {
        auth = await authentication.authenticateRequest(activity, String(headers.authorization ?? ""));
      } catch (error) {
        const failure = authFailure(error);
        if (failure.status === 503) {
          logger.error(
            { activityId, reason: failure.reason },
            "Teams request not checked: the Bot Framework signing keys could not be fetched",
          );
          return send(res, 503, { error: "cannot verify the token right now" });
        }
        logger.warn({ activityId, reason: failure.reason }, "Teams request refused: invalid token");
        return send(res, 401, { error: "unauthorized" });
      }
      try {
        const invoke = await adapter.run(auth, activity, async (context) => {
          const result = await onTurn(toTurn(context));
          if (result && context.activity.type === "invoke")
            await context.sendActivity({ type: "invokeResponse", value: result });
        });
        send(res, invoke?.status ?? 200, invoke?.body);
      } catch (error) {
        logger.error({ err: error, activityId }, "Teams turn failed");
        send(res, 500, { error: "internal error" });
      }
    },
  };
}
