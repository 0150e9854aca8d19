/**
 * How errdesk talks to the Slack Web API: bounded retries with a per-request timeout (Slack
 * answering 429, 5xx or not at all costs at most three attempts), every failed attempt logged with
 * the event id, and calls that never throw at a listener.
 * @see https://docs.slack.dev/tools/node-slack-sdk/web-api#handle-errors
 */
import type { webApi } from "@slack/bolt";
import type { Logger } from "../../src/index.ts";
import type { BoltLogger } from "./bolt-logger.ts";
import { currentScope, runInScope, scopeFields } from "./event-scope.ts";

/** One attempt; Slack's own methods answer in well under a second. */
export const REQUEST_TIMEOUT_MS = 5_000;

/** Three attempts in all, 100 ms to 1 s apart; a 429 waits its Retry-After first. */
export const RETRY = { retries: 2, factor: 1, minTimeout: 100, maxTimeout: 1_000 } as const;

/** What a Slack client error says, without request bodies (message text) or headers (token). */
export function describeSlackError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const e = error as Error & {
    code?: string;
    statusCode?: number;
    data?: { error?: string };
    retryAfter?: number;
    original?: Error;
  };
  return {
    message: e.message,
    ...(e.code ? { code: e.code } : {}),
    ...(e.statusCode ? { statusCode: e.statusCode } : {}),
    ...(e.data?.error ? { slackError: e.data.error } : {}),
    ...(e.retryAfter ? { retryAfter: e.retryAfter } : {}),
    ...(e.original?.message ? { cause: e.original.message } : {}),
  };
}

export function webClientOptions(
  apiUrl: string,
  boltLogger: BoltLogger,
  logger: Logger,
): webApi.WebClientOptions {
  const retryConfig: webApi.RetryOptions & {
    onFailedAttempt(error: Error & { attemptNumber: number; retriesLeft: number }): void;
  } = {
    ...RETRY,
    onFailedAttempt(error) {
      logger.warn(
        {
          ...scopeFields(),
          attempt: error.attemptNumber,
          retriesLeft: error.retriesLeft,
          error: describeSlackError(error),
        },
        error.retriesLeft > 0
          ? "Slack Web API call failed; retrying"
          : "Slack Web API call failed; no retries left",
      );
    },
  };
  return {
    slackApiUrl: apiUrl,
    logger: boltLogger,
    timeout: REQUEST_TIMEOUT_MS,
    rejectRateLimitedCalls: false,
    retryConfig,
  };
}

/**
 * Runs one Web API call; a failure (after the client's retries) is logged with the event id and
 * the method, and becomes `undefined` so the listener carries on with the next thing.
 */
export async function callSlack<T>(
  logger: Logger,
  method: string,
  call: () => Promise<T>,
): Promise<T | undefined> {
  const scope = currentScope() ?? { requestId: "startup" };
  try {
    return await runInScope({ ...scope, method }, call);
  } catch (error) {
    logger.error({ ...scopeFields(), method, error: describeSlackError(error) }, `Slack ${method} failed`);
    return undefined;
  }
}
