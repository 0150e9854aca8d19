/**
 * Posts to a response_url (slash commands, buttons): Slack's way to answer ephemerally, replace
 * the message a button sits on, or share into the channel. Same bounds as the Web API client: a
 * timeout per attempt, three attempts, each failure logged with the event id.
 * @see https://docs.slack.dev/interactivity/handling-user-interaction#message_responses
 */
import type { Logger } from "../../src/index.ts";
import { scopeFields } from "./event-scope.ts";
import { REQUEST_TIMEOUT_MS, RETRY } from "./web-api.ts";

export interface ResponseMessage {
  text: string;
  blocks?: unknown[];
  response_type?: "ephemeral" | "in_channel";
  replace_original?: boolean;
  delete_original?: boolean;
}

export type Respond = (url: string, message: ResponseMessage) => Promise<boolean>;

const MAX_RETRY_AFTER_S = 5;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createRespond(logger: Logger): Respond {
  return async (url, message) => {
    if (!/^https?:\/\//.test(url)) {
      logger.warn({ ...scopeFields() }, "no usable response_url in the payload");
      return false;
    }
    for (let attempt = 1; attempt <= RETRY.retries + 1; attempt++) {
      let wait = Math.min(RETRY.minTimeout * RETRY.factor ** (attempt - 1), RETRY.maxTimeout);
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json; charset=utf-8" },
          body: JSON.stringify(message),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        await response.body?.cancel();
        if (response.ok) return true;
        const retryAfter = Number(response.headers.get("retry-after"));
        if (response.status === 429 && retryAfter > 0) wait = Math.min(retryAfter, MAX_RETRY_AFTER_S) * 1000;
        // 404 and 410: the url expired (30 minutes, five uses); trying again will not help.
        const retryable = response.status === 429 || response.status >= 500;
        logger.warn(
          { ...scopeFields(), method: "response_url", attempt, status: response.status },
          retryable && attempt <= RETRY.retries
            ? "Slack response_url failed; retrying"
            : "Slack response_url failed",
        );
        if (!retryable) return false;
      } catch (error) {
        logger.warn(
          { ...scopeFields(), method: "response_url", attempt, error: { message: (error as Error).message } },
          attempt <= RETRY.retries ? "Slack response_url failed; retrying" : "Slack response_url failed",
        );
      }
      if (attempt <= RETRY.retries) await pause(wait);
    }
    logger.error({ ...scopeFields(), method: "response_url" }, "Slack response_url failed; no retries left");
    return false;
  };
}
