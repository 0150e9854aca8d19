/**
 * The playground's Insights page: the numbers of `errdesk report` (what people ask, what has no
 * article, what helped) with a chart, for a helpdesk lead. A static page plus one JSON endpoint;
 * the chart is inline SVG drawn by our own script, no build step and nothing from a CDN.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  type CodeArticles,
  DEFAULT_SINCE,
  reportWindow,
  type Store,
  withCurrentWritingQueue,
} from "../../src/index.ts";
import { HttpError, type Route, sendJson, sendText } from "../http/routes.ts";

const STATIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "static");

export const INSIGHTS_PATH = "/insights";
export const INSIGHTS_API_PATH = "/api/insights";

const FILES: Record<string, { file: string; type: string }> = {
  [INSIGHTS_PATH]: { file: "insights.html", type: "text/html; charset=utf-8" },
  "/static/insights.js": { file: "insights.js", type: "text/javascript; charset=utf-8" },
  "/static/insights.css": { file: "insights.css", type: "text/css; charset=utf-8" },
  // Shared with the playground, which serves it too; the page also stands alone (its tests).
  "/static/base.css": { file: "base.css", type: "text/css; charset=utf-8" },
};

export interface InsightsOptions {
  /** Undefined when errdesk runs without a store: the page says so. */
  store: Store | undefined;
  /** Today's articles: a code asked before its article was written leaves the writing queue. */
  articles?: () => CodeArticles;
  now?: () => number;
}

export function createInsights(options: InsightsOptions): { routes: Route[] } {
  const now = options.now ?? Date.now;
  const cache = new Map<string, string>();
  const serve: Route["handler"] = async (req, res) => {
    const entry = FILES[(req.url ?? "/").split("?")[0] ?? ""];
    if (!entry) throw new HttpError(404, "not found");
    const body = cache.get(entry.file) ?? (await readFile(path.join(STATIC_DIR, entry.file), "utf8"));
    cache.set(entry.file, body);
    sendText(res, 200, body, entry.type);
  };
  const report: Route["handler"] = async (req, res) => {
    const since = new URL(req.url ?? "/", "http://localhost").searchParams.get("since") || DEFAULT_SINCE;
    const window = reportWindow(since, now());
    if (!window) throw new HttpError(400, "since must be a duration such as 24h, 7d or 4w");
    if (!options.store) throw new HttpError(503, "errdesk runs without a store");
    res.setHeader("cache-control", "no-store");
    const recorded = await options.store.report(window);
    const report = options.articles ? withCurrentWritingQueue(recorded, options.articles()) : recorded;
    sendJson(res, 200, { since, store: options.store.dialect, report });
  };
  return {
    routes: [
      ...Object.keys(FILES).map((p): Route => ({ method: "GET", path: p, handler: serve })),
      { method: "GET", path: INSIGHTS_API_PATH, handler: report },
    ],
  };
}
