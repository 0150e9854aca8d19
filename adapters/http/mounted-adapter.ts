import type { Errdesk, Logger } from "../../src/index.ts";
import type { RateLimits } from "../shared/rate-limiter.ts";
import type { Recorder } from "../store/recorder.ts";
import type { Route } from "./routes.ts";

/** What the composition root gives every platform adapter. */
export interface AdapterDeps {
  /** The current answering core; it changes when the knowledge base reloads. */
  knowledge: { current(): Errdesk };
  logger: Logger;
  /** Where adapters keep small state across restarts (per-channel settings). */
  dataDir: string;
  maxBodyBytes: number;
  /** How long a request body may take to arrive (408 after that). */
  bodyTimeoutMs: number;
  rateLimits: RateLimits;
  /** Most entries each in-memory store may keep. */
  maxTrackedKeys: number;
  /** Records answers, votes and unanswered questions, and claims events across replicas. */
  recorder: Recorder;
}

/** How full an in-memory store is, and the most it may hold. */
export interface StoreSize {
  size: number;
  max: number;
}

/** A platform adapter as the one HTTP server sees it. */
export interface MountedAdapter {
  name: string;
  /** One phrase for the start-up line: "http://localhost:3978/slack/events", "emulator mode (no MICROSOFT_APP_ID)". */
  status: string;
  routes: Route[];
  /** Every in-memory store the adapter keeps, by name: memory stays bounded when each size <= max. */
  stores(): Record<string, StoreSize>;
  stop(): Promise<void>;
}
