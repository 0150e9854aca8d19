/**
 * Bounded retries for calls to the Bot Connector (the activity's serviceUrl). A 429 or a 5xx is
 * retried after the server's Retry-After or a short backoff, a call that hangs is cut at the
 * per-request timeout, and the whole send gives up at a deadline well inside the 15 s Teams waits
 * for the bot. Every failed attempt is logged with the activity id; the caller decides what a final
 * failure means (nothing here throws past it unlogged).
 * @see https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#http-status-codes
 */
import type { Logger } from "../../src/index.ts";

export interface RetryPolicy {
  /** Tries in all, the first included. */
  readonly attempts: number;
  /** One request may take this long before it counts as failed. */
  readonly timeoutMs: number;
  /** Backoff before retry n (1-based) is baseDelayMs · 2^(n-1) when the server gives no Retry-After. */
  readonly baseDelayMs: number;
  /** A Retry-After longer than this is honoured by giving up, not by waiting. */
  readonly maxRetryAfterMs: number;
  /** No new attempt starts after this much time since the first. */
  readonly deadlineMs: number;
}

export const CONNECTOR_RETRY: RetryPolicy = {
  attempts: 3,
  timeoutMs: 4_000,
  baseDelayMs: 250,
  maxRetryAfterMs: 5_000,
  deadlineMs: 12_000,
};

/** What went wrong with one call, in HTTP terms. */
export interface ConnectorFault {
  status?: number;
  retryAfterMs?: number;
  timedOut?: boolean;
  message: string;
}

export class ConnectorError extends Error {
  constructor(
    readonly fault: ConnectorFault,
    readonly attempts: number,
  ) {
    super(`Bot Connector call failed after ${attempts} attempt(s): ${fault.message}`);
    this.name = "ConnectorError";
  }
}

/** 408, 429 and 5xx (except 501 and 505), timeouts and network errors are worth another try. */
export function isTransient(fault: ConnectorFault): boolean {
  if (fault.timedOut || fault.status === undefined) return true;
  const s = fault.status;
  return s === 408 || s === 429 || (s >= 500 && s !== 501 && s !== 505);
}

export interface RetryOptions {
  policy?: RetryPolicy;
  /** Reads status and Retry-After from whatever the SDK threw. */
  describe: (error: unknown) => ConnectorFault;
  logger: Logger;
  /** Logged with every failure: the activity id and the operation. */
  fields: { activityId?: string; op: string };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`no answer within ${ms} ms`), { timedOut: true })),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function withRetry<T>(call: () => Promise<T>, options: RetryOptions): Promise<T> {
  const policy = options.policy ?? CONNECTOR_RETRY;
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    let fault: ConnectorFault;
    try {
      // The SDK's own timeout aborts the request; this one also covers token acquisition.
      return await withTimeout(call(), policy.timeoutMs + 500);
    } catch (error) {
      fault = (error as { timedOut?: boolean }).timedOut
        ? { timedOut: true, message: (error as Error).message }
        : options.describe(error);
    }
    const delay = fault.retryAfterMs ?? policy.baseDelayMs * 2 ** (attempt - 1);
    const retry =
      isTransient(fault) &&
      attempt < policy.attempts &&
      delay <= policy.maxRetryAfterMs &&
      Date.now() - started + delay < policy.deadlineMs;
    const log = {
      ...options.fields,
      attempt,
      status: fault.status,
      timedOut: fault.timedOut,
      error: fault.message,
    };
    if (!retry) {
      options.logger.error({ ...log, attempts: attempt }, "Bot Connector call failed; giving up");
      throw new ConnectorError(fault, attempt);
    }
    options.logger.warn({ ...log, retryInMs: delay }, "Bot Connector call failed; retrying");
    await sleep(delay);
  }
}
