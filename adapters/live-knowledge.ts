/**
 * Holds the answering core and, in development, reloads it when knowledge/ changes. A reload with
 * any broken article is refused as a whole: the problems are logged with file:line and the last
 * good knowledge base keeps serving. So is a reload that finds the folder gone or unreadable, or a
 * language's articles missing (a checkout or copy half done). At start, a folder that is not there
 * is an ErrdeskError naming it (main.ts exits 2).
 */
import { type FSWatcher, watch } from "node:fs";
import { readdir } from "node:fs/promises";
import {
  type Errdesk,
  ErrdeskError,
  formatProblem,
  LANGUAGES,
  type Logger,
  loadErrdesk,
} from "../src/index.ts";

export interface LiveKnowledge {
  current(): Errdesk;
  /** Loads again; resolves to true when the new knowledge base replaced the old one. */
  reload(): Promise<boolean>;
  watch(): void;
  stop(): void;
}

const RELOAD_DEBOUNCE_MS = 150;

/** The folder can be listed; otherwise an error that names it and the variable that sets it. */
async function checkFolder(dir: string): Promise<void> {
  try {
    await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    throw new ErrdeskError(
      "knowledge-unreadable",
      dir,
      `cannot read the knowledge base folder ${dir} (${code}): set KNOWLEDGE_DIR to a folder with codes/ and articles/en, articles/es`,
    );
  }
}

/** A language that had articles and now has none: the folder is moving, not the articles. */
function lostLanguage(before: Errdesk, after: Errdesk): string | undefined {
  return LANGUAGES.find(
    (lang) =>
      before.knowledgeBase.articles(lang).length > 0 && after.knowledgeBase.articles(lang).length === 0,
  );
}

export async function loadLiveKnowledge(dir: string, logger: Logger): Promise<LiveKnowledge> {
  await checkFolder(dir);
  const first = await loadErrdesk(dir);
  for (const problem of first.problems) logger.warn({ problem: formatProblem(problem) }, "article skipped");
  let errdesk = first.errdesk;
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  let reloading = Promise.resolve(true);

  const reload = (): Promise<boolean> => {
    reloading = reloading.then(async () => {
      try {
        await checkFolder(dir);
        const next = await loadErrdesk(dir);
        if (next.problems.length > 0) {
          for (const problem of next.problems)
            logger.error({ problem: formatProblem(problem) }, "knowledge base not reloaded");
          return false;
        }
        const lost = lostLanguage(errdesk, next.errdesk);
        if (lost) {
          logger.error(
            { dir, lang: lost },
            `knowledge base not reloaded: articles/${lost} has no articles any more; the last good one keeps serving`,
          );
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
