/** `--since 7d` and `?since=24h`: how far back a report looks. Pure. */

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

export const DEFAULT_SINCE = "7d";

/** Longest window a report may ask for: ten years, far past any retention. */
const MAX_MS = 3_650 * UNIT_MS.d;

/** "90m", "24h", "7d", "2w" → milliseconds; undefined for anything else. */
export function parseDuration(text: string): number | undefined {
  const match = /^\s*(\d{1,6})\s*([mhdw])\s*$/i.exec(text);
  if (!match) return undefined;
  const ms = Number(match[1]) * UNIT_MS[(match[2] ?? "d").toLowerCase() as keyof typeof UNIT_MS];
  return ms > 0 && ms <= MAX_MS ? ms : undefined;
}

/** The window ending `now`; undefined when `since` is not a duration. */
export function reportWindow(since: string, now: number): { since: number; until: number } | undefined {
  const ms = parseDuration(since);
  return ms === undefined ? undefined : { since: now - ms, until: now };
}

/** "2025-11-30", the UTC day of a time; the report's daily buckets use the same days. */
export const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const DAY_MS = UNIT_MS.d;
