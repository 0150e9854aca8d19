/**
 * Who the bot is (its user id and bot id), from an auth.test we call ourselves. Bolt would call it
 * in `new App()` and crash the process when Slack is unreachable; here a failure is a logged error,
 * answers keep flowing (authorize never waits for it), and the check is repeated at most once a
 * minute until it succeeds.
 * @see https://docs.slack.dev/reference/methods/auth.test
 */
import type { AuthorizeResult, webApi } from "@slack/bolt";
import type { Logger } from "../../src/index.ts";
import { callSlack } from "./web-api.ts";

export interface BotIdentity {
  botUserId(): string | undefined;
  /** Bolt's authorize hook: the token, plus the ids once known. */
  authorize(): Promise<AuthorizeResult>;
  /** Runs auth.test (with the client's bounded retries); resolves true once the ids are known. */
  verify(): Promise<boolean>;
}

export const REVERIFY_AFTER_MS = 60_000;

export function createBotIdentity(
  client: webApi.WebClient,
  botToken: string,
  logger: Logger,
  now: () => number = Date.now,
): BotIdentity {
  let known: { botId?: string; botUserId?: string; teamId?: string } | undefined;
  let checking: Promise<boolean> | undefined;
  let lastTry = Number.NEGATIVE_INFINITY;

  const verify = (): Promise<boolean> => {
    if (known) return Promise.resolve(true);
    checking ??= (async () => {
      lastTry = now();
      const result = await callSlack(logger, "auth.test", () => client.auth.test());
      if (result?.ok && result.user_id) {
        known = {
          botUserId: result.user_id,
          ...(result.bot_id ? { botId: result.bot_id } : {}),
          ...(result.team_id ? { teamId: result.team_id } : {}),
        };
        logger.info(
          { botUserId: known.botUserId, botId: known.botId, team: result.team },
          "Slack: signed in",
        );
        return true;
      }
      logger.error(
        "Slack auth.test failed: check SLACK_BOT_TOKEN and that Slack is reachable; errdesk keeps answering and checks again",
      );
      return false;
    })().finally(() => {
      checking = undefined;
    });
    return checking;
  };

  return {
    botUserId: () => known?.botUserId,
    async authorize() {
      if (!known && now() - lastTry >= REVERIFY_AFTER_MS) void verify();
      return {
        botToken,
        ...(known?.botId ? { botId: known.botId } : {}),
        ...(known?.botUserId ? { botUserId: known.botUserId } : {}),
      };
    },
    verify,
  };
}
