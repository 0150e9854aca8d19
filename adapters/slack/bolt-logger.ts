/**
 * Bolt and the Web API client log through our pino logger, so their lines get the same redaction,
 * format and level as ours. Bolt passes loose arguments; errors become a described `err` field.
 */
import { LogLevel, type Logger as SlackLogger } from "@slack/bolt";
import type { Logger } from "../../src/index.ts";
import { scopeFields } from "./event-scope.ts";
import { describeSlackError } from "./web-api.ts";

export type BoltLogger = SlackLogger;

const LEVELS: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

export function toBoltLogger(logger: Logger): BoltLogger {
  const write =
    (level: "debug" | "info" | "warn" | "error") =>
    (...args: unknown[]) => {
      if (!logger.isLevelEnabled(level)) return;
      const error = args.find((a) => a instanceof Error);
      const text = args
        .filter((a) => !(a instanceof Error))
        .map((a) => (typeof a === "string" ? a : JSON.stringify(a)))
        .join(" ");
      logger[level](
        { ...scopeFields(), ...(error ? { error: describeSlackError(error) } : {}) },
        text || "bolt",
      );
    };
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    // Our level is set once from LOG_LEVEL; Bolt and the Web API client only read it.
    setLevel: () => undefined,
    getLevel: () => LEVELS[logger.level] ?? LogLevel.INFO,
    setName: () => undefined,
  };
}
