import path from "node:path";
import { fileURLToPath } from "node:url";
import { createErrdesk, type Errdesk } from "./answer/answer.ts";
import type { Catalog } from "./codes/catalog.ts";
import { loadCatalog } from "./codes/load-catalog.ts";
import type { ArticleProblem } from "./kb/article.ts";
import { createKnowledgeBase, type KnowledgeBase } from "./kb/knowledge-base.ts";
import { lintArticles, type SourcedArticle } from "./kb/lint-articles.ts";
import { loadArticles } from "./kb/load-articles.ts";

/** The knowledge/ folder shipped with errdesk. */
export const DEFAULT_KNOWLEDGE_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "knowledge",
);

export interface LoadedErrdesk {
  errdesk: Errdesk;
  /** Every problem in the articles, with file:line. Articles with a problem are left out. */
  problems: ArticleProblem[];
  articles: SourcedArticle[];
}

export interface LoadedKnowledge {
  catalog: Catalog;
  knowledgeBase: KnowledgeBase;
  /** Every problem in the articles, with file:line. Articles with a problem are left out. */
  problems: ArticleProblem[];
  articles: SourcedArticle[];
}

/** Reads the catalog and the articles and lints them: what answers and reports both need. */
export async function loadKnowledge(knowledgeDir = DEFAULT_KNOWLEDGE_DIR): Promise<LoadedKnowledge> {
  const [catalog, loaded] = await Promise.all([loadCatalog(knowledgeDir), loadArticles(knowledgeDir)]);
  const lintProblems = lintArticles(loaded.articles, catalog);
  const broken = new Set(lintProblems.map((p) => p.file));
  const good = loaded.articles.filter((a) => !broken.has(a.article.file));
  return {
    catalog,
    knowledgeBase: createKnowledgeBase(
      good.map((a) => a.article),
      catalog,
    ),
    problems: [...loaded.problems, ...lintProblems],
    articles: loaded.articles,
  };
}

/** Reads the catalog and the articles, lints them, and builds the answering core. */
export async function loadErrdesk(knowledgeDir = DEFAULT_KNOWLEDGE_DIR): Promise<LoadedErrdesk> {
  const { catalog, knowledgeBase, problems, articles } = await loadKnowledge(knowledgeDir);
  return { errdesk: createErrdesk(catalog, knowledgeBase), problems, articles };
}
