import { type Logger, type LoggerOptions, pino } from "pino";

export type { Logger };

/** Paths pino blanks out wherever they appear: tokens, secrets and message text at info and above. */
export const REDACTED_PATHS = [
  "token",
  "*.token",
  "secret",
  "*.secret",
  "password",
  "*.password",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "req.headers.authorization",
  'req.headers["x-slack-signature"]',
  "botToken",
  "signingSecret",
  "appToken",
  "appPassword",
  "*.botToken",
  "*.signingSecret",
  "*.appToken",
  "*.appPassword",
  "salt",
  "*.salt",
  "databaseUrl",
  "*.databaseUrl",
];

export interface LoggerSettings {
  level?: string;
  /** Pretty, coloured lines for people; JSON otherwise. */
  pretty?: boolean;
  /** Where JSON lines go (tests capture them); stdout by default. */
  destination?: NodeJS.WritableStream;
}

/** The one logger: JSON in production, pretty in development, secrets redacted. */
export function createLogger(settings: LoggerSettings = {}): Logger {
  const options: LoggerOptions = {
    level: settings.level ?? "info",
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    base: { app: "errdesk" },
  };
  if (settings.pretty && !settings.destination) {
    return pino({
      ...options,
      transport: { target: "pino-pretty", options: { colorize: true, translateTime: "HH:MM:ss" } },
    });
  }
  return settings.destination ? pino(options, settings.destination) : pino(options);
}
