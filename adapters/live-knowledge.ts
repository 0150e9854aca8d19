/**
 * Holds the answering core and, in development, reloads it when knowledge/ changes. A reload with
 * any broken article is refused as a whole: the problems are logged with file:line and the last
 * good knowledge base keeps serving.
 */
import { type FSWatcher, watch } from "node:fs";
import { type Errdesk, formatProblem, type Logger, loadErrdesk } from "../src/index.ts";

export interface LiveKnowledge {
  current(): Errdesk;
  /** Loads again; resolves to true when the new knowledge base replaced the old one. */
  reload(): Promise<boolean>;
  watch(): void;
  stop(): void;
}

const RELOAD_DEBOUNCE_MS = 150;

export async function loadLiveKnowledge(dir: string, logger: Logger): Promise<LiveKnowledge> {
  const first = await loadErrdesk(dir);
  for (const problem of first.problems) logger.warn({ problem: formatProblem(problem) }, "article skipped");
  let errdesk = first.errdesk;
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  let reloading = Promise.resolve(true);

  const reload = (): Promise<boolean> => {
    reloading = reloading.then(async () => {
      try {
        const next = await loadErrdesk(dir);
        if (next.problems.length > 0) {
          for (const problem of next.problems)
            logger.error({ problem: formatProblem(problem) }, "knowledge base not reloaded");
          return false;
        }
        errdesk = next.errdesk;
        logger.info({ articles: next.articles.length }, "knowledge base reloaded");
        return true;
      } catch (error) {
        logger.error({ err: error }, "knowledge base not reloaded; the last good one keeps serving");
        return false;
      }
    });
    return reloading;
  };

  return {
    current: () => errdesk,
    reload,
    watch() {
      if (watcher) return;
      try {
        watcher = watch(dir, { recursive: true }, () => {
          clearTimeout(timer);
          timer = setTimeout(() => void reload(), RELOAD_DEBOUNCE_MS);
        });
        watcher.on("error", (error) => logger.warn({ err: error }, "stopped watching the knowledge base"));
      } catch (error) {
        logger.warn({ err: error }, "cannot watch the knowledge base; restart to pick up changes");
      }
    },
    stop() {
      clearTimeout(timer);
      watcher?.close();
      watcher = undefined;
    },
  };
}
