import type { Errdesk, Logger } from "../../src/index.ts";
import type { Route } from "./routes.ts";

/** What the composition root gives every platform adapter. */
export interface AdapterDeps {
  /** The current answering core; it changes when the knowledge base reloads. */
  knowledge: { current(): Errdesk };
  logger: Logger;
  /** Where adapters keep small state across restarts (per-channel settings). */
  dataDir: string;
  maxBodyBytes: number;
}

/** A platform adapter as the one HTTP server sees it. */
export interface MountedAdapter {
  name: string;
  /** One phrase for the start-up line: "http://localhost:3978/slack/events", "emulator mode (no MICROSOFT_APP_ID)". */
  status: string;
  routes: Route[];
  stop(): Promise<void>;
}
