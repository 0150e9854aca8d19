/**
 * `errdesk report [--since 7d] [--json]`: what people asked, what had no article, what helped.
 * Reads the same store the server writes (DATABASE_URL, or the SQLite file in DATA_DIR).
 */
import { existsSync } from "node:fs";
import {
  type CodeArticles,
  createLogger,
  DEFAULT_SINCE,
  loadKnowledge,
  reportWindow,
  withCurrentWritingQueue,
} from "../../src/index.ts";
import { openStore, type StoreSettings, sqliteFile, storeLocation } from "../store/open-store.ts";
import { renderReport } from "./render-report.ts";
import { UsageError } from "./usage-error.ts";

export interface ReportOptions {
  since: string;
  json: boolean;
}

export function parseReportArgs(args: string[]): ReportOptions {
  let since = DEFAULT_SINCE;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--json") json = true;
    else if (arg === "--since" || arg.startsWith("--since=")) {
      const value = arg.includes("=") ? arg.slice("--since=".length) : args[++i];
      if (!value || !reportWindow(value, 0))
        throw new UsageError(
          `--since takes a duration such as 90m, 24h, 7d or 4w (got ${value ?? "nothing"})`,
        );
      since = value;
    } else throw new UsageError(`unknown argument ${arg} for report`);
  }
  return { since, json };
}

export interface ReportIo {
  out(text: string): void;
  err(text: string): void;
  now?: () => number;
}

/**
 * The articles as they are now (KNOWLEDGE_DIR, as the server has it): a code asked about before its
 * article was written leaves the writing queue. Without them the queue is shown as recorded.
 */
export async function currentArticles(knowledgeDir: string, io: ReportIo): Promise<CodeArticles | undefined> {
  try {
    return (await loadKnowledge(knowledgeDir)).knowledgeBase;
  } catch (error) {
    io.err(
      `errdesk: the writing queue is shown as recorded, not checked against today's articles: ${(error as Error).message}\n`,
    );
    return undefined;
  }
}

/** Exit code: 0 with a report, 1 when there is no store to read yet. */
export async function runReport(
  options: ReportOptions,
  settings: StoreSettings,
  io: ReportIo,
  articles?: () => Promise<CodeArticles | undefined>,
): Promise<number> {
  // A report never creates the SQLite file: an empty report from the wrong folder would mislead.
  if (!settings.databaseUrl && !existsSync(sqliteFile(settings.dataDir))) {
    io.err(
      `errdesk: no store at ${sqliteFile(settings.dataDir)}: start errdesk first, or set DATA_DIR (or DATABASE_URL) as the server has it\n`,
    );
    return 1;
  }
  const store = await openStore(settings, createLogger({ level: "warn", destination: process.stderr }));
  try {
    const window = reportWindow(options.since, (io.now ?? Date.now)());
    if (!window) throw new UsageError(`--since ${options.since} is not a duration`);
    const recorded = await store.report(window);
    const now = await articles?.();
    const report = now ? withCurrentWritingQueue(recorded, now) : recorded;
    const where = `${store.dialect === "sqlite" ? "SQLite" : "PostgreSQL"} ${storeLocation(settings)}`;
    io.out(
      options.json
        ? `${JSON.stringify(report, null, 2)}\n`
        : renderReport(report, { window: options.since, store: where }),
    );
    return 0;
  } finally {
    await store.close();
  }
}
