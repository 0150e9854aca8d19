/**
 * The one file that knows the Bot Framework SDK (botbuilder 4.23, archived upstream). It hosts a
 * CloudAdapter, turns each TurnContext into a TeamsTurn and sends invoke responses; moving to the
 * M365 Agents SDK means rewriting this file only.
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

function authOptions(config: TeamsConfig): ConfigurationBotFrameworkAuthenticationOptions {
  // No app id: the SDK skips authentication (Bot Framework Emulator mode). Never pass process.env.
  if (!config.appId) return {};
  return {
    MicrosoftAppId: config.appId,
    MicrosoftAppType: config.appType,
    ...(config.appType === "UserAssignedMSI" ? {} : { MicrosoftAppPassword: config.appPassword }),
    ...(config.tenantId ? { MicrosoftAppTenantId: config.tenantId } : {}),
  };
}

/** What CloudAdapter.process writes to: the Express-style subset of a response, over node:http. */
function responseFor(res: ServerResponse) {
  let status = 200;
  let body: string | undefined;
  return {
    socket: res.socket,
    status: (code: number) => {
      status = code;
    },
    header: (name: string, value: unknown) => void res.setHeader(name, String(value)),
    send: (value: unknown) => {
      body = typeof value === "string" ? value : JSON.stringify(value);
      if (typeof value !== "string") res.setHeader("content-type", "application/json; charset=utf-8");
    },
    end: () => {
      if (res.headersSent) return void res.end();
      if (body !== undefined) res.setHeader("content-length", Buffer.byteLength(body));
      res.writeHead(status);
      res.end(body);
    },
  };
}

export function createBotFramework(config: TeamsConfig, onTurn: TurnHandler, logger: Logger): BotFramework {
  class TimedAuthentication extends ConfigurationBotFrameworkAuthentication {
    override async authenticateRequest(...args: Parameters<Authenticate>): ReturnType<Authenticate> {
      const result = await super.authenticateRequest(...args);
      if (!result.connectorFactory) return result;
      return { ...result, connectorFactory: tameConnectorFactory(result.connectorFactory, logger) };
    }
  }
  const adapter = new CloudAdapter(new TimedAuthentication(authOptions(config)));
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
      await adapter.process({ body, headers, method: "POST" }, responseFor(res), async (context) => {
        const result = await onTurn(toTurn(context));
        if (result && context.activity.type === "invoke")
          await context.sendActivity({ type: "invokeResponse", value: result });
      });
    },
  };
}
