/**
 * The clean-up job: deletes what is older than RETENTION_DAYS and expired event claims, once at
 * start and then every hour. The timer is unref'd (it never keeps the process alive) and stop()
 * ends it, waiting for a run in progress.
 */
import { DAY_MS, type Logger, type Store } from "../../src/index.ts";

export const RETENTION_EVERY_MS = 60 * 60 * 1000;

export interface Retention {
  /** The first run (at start) has finished. */
  readonly firstRun: Promise<void>;
  stop(): Promise<void>;
}

export function startRetention(
  store: Store,
  options: { days: number; logger: Logger; everyMs?: number; now?: () => number },
): Retention {
  const now = options.now ?? Date.now;
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = running.then(async () => {
      const t = now();
      try {
        const removed = await store.purge(t - options.days * DAY_MS, t);
        if (removed.questions + removed.feedback + removed.unanswered > 0)
          options.logger.info({ ...removed, retentionDays: options.days }, "store: old records deleted");
      } catch (error) {
        options.logger.error({ error: { message: (error as Error).message } }, "store: clean-up failed");
      }
    });
    return running;
  };
  const firstRun = run();
  const timer = setInterval(run, options.everyMs ?? RETENTION_EVERY_MS);
  timer.unref();
  return {
    firstRun,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
