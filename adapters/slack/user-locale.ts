/**
 * The asker's Slack locale ("es-ES") from users.info, cached per user. Never holds an answer up
 * for long: past a small budget the answer goes out in the message's language and the lookup
 * finishes in the background for next time.
 * @see https://docs.slack.dev/reference/methods/users.info
 */
import type { webApi } from "@slack/bolt";
import type { Logger } from "../../src/index.ts";
import { callSlack } from "./web-api.ts";

export interface UserLocales {
  get(client: webApi.WebClient, user: string, budgetMs?: number): Promise<string | undefined>;
  /** From a users.info call made for another reason (the admin check). */
  remember(user: string, locale: string | undefined): void;
  /** Users cached, and lookups in flight. */
  size(): { cached: number; pending: number };
}

export const LOCALE_TTL_MS = 60 * 60 * 1000;
/** A failed lookup is not repeated for every message while Slack is unwell. */
export const LOCALE_FAILURE_TTL_MS = 60 * 1000;
export const LOCALE_BUDGET_MS = 1_500;
const MAX_USERS = 10_000;

export function createUserLocales(
  logger: Logger,
  now: () => number = Date.now,
  maxUsers: number = MAX_USERS,
): UserLocales {
  const cache = new Map<string, { locale: string | undefined; expires: number }>();
  const pending = new Map<string, Promise<string | undefined>>();

  const store = (user: string, locale: string | undefined, ttl: number) => {
    cache.delete(user);
    cache.set(user, { locale, expires: now() + ttl });
    if (cache.size > maxUsers) cache.delete(cache.keys().next().value as string);
  };

  const lookup = (client: webApi.WebClient, user: string) => {
    let p = pending.get(user);
    if (!p) {
      p = callSlack(logger, "users.info", () => client.users.info({ user, include_locale: true }))
        .then((result) => {
          const locale = result?.user?.locale;
          store(user, locale, result ? LOCALE_TTL_MS : LOCALE_FAILURE_TTL_MS);
          return locale;
        })
        .finally(() => pending.delete(user));
      pending.set(user, p);
    }
    return p;
  };

  return {
    get(client, user, budgetMs = LOCALE_BUDGET_MS) {
      const hit = cache.get(user);
      if (hit && hit.expires > now()) return Promise.resolve(hit.locale);
      const answer = lookup(client, user);
      let timer: NodeJS.Timeout | undefined;
      const budget = new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), budgetMs);
      });
      return Promise.race([answer, budget]).finally(() => clearTimeout(timer));
    },
    remember: (user, locale) => store(user, locale, LOCALE_TTL_MS),
    size: () => ({ cached: cache.size, pending: pending.size }),
  };
}
