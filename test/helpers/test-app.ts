import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type RunningApp, startApp } from "../../adapters/app.ts";
import { captureLogs } from "./log-capture.ts";

/**
 * What every test app runs with: a free port on loopback, no playground, no file watching, and no
 * rate limits (tests ask many questions a minute from one user; rate-limits.test.ts turns them on).
 */
export const TEST_ENV = {
  PORT: "0",
  HOST: "127.0.0.1",
  PLAYGROUND: "false",
  NODE_ENV: "test",
  KNOWLEDGE_WATCH: "false",
  RATE_LIMIT_USER_PER_MINUTE: "0",
  RATE_LIMIT_CHANNEL_PER_MINUTE: "0",
} as const;

/** The real app on a free port with its own data folder and captured logs. */
export async function startTestApp(env: Record<string, string> = {}) {
  const logs = captureLogs();
  const dataDir = await mkdtemp(path.join(tmpdir(), "errdesk-test-"));
  const app: RunningApp = await startApp(
    { ...TEST_ENV, DATA_DIR: dataDir, ...env },
    { logDestination: logs.destination },
  );
  return { app, logs, dataDir };
}
