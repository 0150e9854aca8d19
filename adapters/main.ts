/**
 * `npm start`: errdesk on one HTTP server. Reads .env when present; a configuration problem
 * stops the process with exit code 2 and a message that names the variable.
 */
import { existsSync } from "node:fs";
import { isErrdeskError } from "../src/index.ts";
import { startApp } from "./app.ts";

if (existsSync(".env")) process.loadEnvFile(".env");

try {
  const app = await startApp(process.env);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, "shutting down: finishing requests in flight");
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        app.logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
} catch (error) {
  process.stderr.write(`errdesk: ${isErrdeskError(error) ? error.message : (error as Error).stack}\n`);
  process.exit(2);
}
