/**
 * How many answers one person, and one channel, get per rolling minute; shared by the Slack and
 * Teams adapters. A sliding-window log: a key keeps the times of its last answers (at most its
 * limit), so a window is exact whatever the timing, and the number of keys is capped (the least
 * recently used goes first). A refused question costs nothing, so a flood does not extend itself.
 *
 * The first refusal of a key in a window carries `notice: true` (say so once, in the asker's
 * language); the rest are dropped quietly until the key gets an answer again.
 */
import type { Language } from "../../src/index.ts";

export interface RateLimits {
  /** Answers per rolling minute for one person; 0: no limit. */
  userPerMinute: number;
  /** Answers per rolling minute in one channel or group chat; 0: no limit. */
  channelPerMinute: number;
}

export type RateDecision = { allowed: true } | { allowed: false; limit: "user" | "channel"; notice: boolean };

export interface RateLimiter {
  /** Takes one answer for `user` (and `channel`, when the answer is posted where others see it). */
  take(user: string, channel?: string): RateDecision;
  /** Keys held, for the memory checks. */
  sizes(): { users: number; channels: number };
}

interface Window {
  /** When the answers in the window were given, oldest first. */
  times: number[];
  noticed: boolean;
}

export const RATE_WINDOW_MS = 60_000;

export function createRateLimiter(
  limits: RateLimits,
  options: { maxKeys: number; windowMs?: number; now?: () => number },
): RateLimiter {
  const windowMs = options.windowMs ?? RATE_WINDOW_MS;
  const now = options.now ?? Date.now;
  const users = new Map<string, Window>();
  const channels = new Map<string, Window>();

  /** The key's window with expired times dropped, moved to the most recently used end. */
  const touch = (map: Map<string, Window>, key: string, t: number): Window => {
    const window = map.get(key) ?? { times: [], noticed: false };
    while (window.times.length > 0 && (window.times[0] ?? 0) <= t - windowMs) window.times.shift();
    map.delete(key);
    map.set(key, window);
    if (map.size > options.maxKeys) map.delete(map.keys().next().value as string);
    return window;
  };

  const refuse = (window: Window, limit: "user" | "channel"): RateDecision => {
    const notice = !window.noticed;
    window.noticed = true;
    return { allowed: false, limit, notice };
  };

  return {
    take(user, channel) {
      const t = now();
      const u = limits.userPerMinute > 0 ? touch(users, user, t) : undefined;
      if (u && u.times.length >= limits.userPerMinute) return refuse(u, "user");
      const c = channel && limits.channelPerMinute > 0 ? touch(channels, channel, t) : undefined;
      if (c && c.times.length >= limits.channelPerMinute) return refuse(c, "channel");
      for (const w of [u, c]) {
        if (!w) continue;
        w.times.push(t);
        w.noticed = false;
      }
      return { allowed: true };
    },
    sizes: () => ({ users: users.size, channels: channels.size }),
  };
}

/** The one notice a person gets when a limit stops errdesk answering for a while. */
export const RATE_LIMIT_NOTICES: Record<Language, Record<"user" | "channel", string>> = {
  en: {
    user: "You're asking faster than I can keep up with, so I'm skipping your next questions for a minute. Try again then.",
    channel:
      "There are a lot of questions in this channel right now, so I'm pausing here for a minute. Try again then.",
  },
  es: {
    user: "Estás preguntando más rápido de lo que puedo seguir, así que dejo pasar tus próximas preguntas durante un minuto. Vuelve a intentarlo entonces.",
    channel:
      "Hay muchas preguntas en este canal ahora mismo, así que hago una pausa aquí durante un minuto. Vuelve a intentarlo entonces.",
  },
};
