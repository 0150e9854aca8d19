/** Each user's last few questions, in memory only, for their App Home tab. */
import type { Answer } from "../../src/index.ts";
import { cut } from "./render/mrkdwn.ts";
import type { RecentLookup } from "./render/views.ts";

export interface RecentLookups {
  add(user: string, question: string, answer: Answer): void;
  list(user: string): RecentLookup[];
  /** Users remembered. */
  size(): number;
}

export const RECENT_PER_USER = 5;
const QUESTION_LENGTH = 80;
const RESULT_LENGTH = 150;
const MAX_USERS = 10_000;

export function createRecentLookups(
  now: () => number = Date.now,
  maxUsers: number = MAX_USERS,
): RecentLookups {
  const byUser = new Map<string, RecentLookup[]>();
  return {
    add(user, question, answer) {
      const entry: RecentLookup = {
        text: cut(question.replace(/\s+/g, " ").trim(), QUESTION_LENGTH),
        result: cut(answer.text, RESULT_LENGTH),
        at: Math.floor(now() / 1000),
      };
      const list = [entry, ...(byUser.get(user) ?? [])].slice(0, RECENT_PER_USER);
      byUser.delete(user);
      byUser.set(user, list);
      // The least recently active user goes first when the map is full.
      if (byUser.size > maxUsers) byUser.delete(byUser.keys().next().value as string);
    },
    list: (user) => byUser.get(user) ?? [],
    size: () => byUser.size,
  };
}
