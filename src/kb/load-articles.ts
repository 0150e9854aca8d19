import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { ErrdeskError } from "../errors.ts";
import { type ArticleProblem, LANGUAGES } from "./article.ts";
import type { SourcedArticle } from "./lint-articles.ts";
import { parseArticle } from "./parse-article.ts";

export interface LoadedArticles {
  articles: SourcedArticle[];
  /** Articles that did not parse, each problem with file:line. The others still load. */
  problems: ArticleProblem[];
}

/** Reads every article under `<knowledgeDir>/articles/{en,es}`. The one place the KB touches the disk. */
export async function loadArticles(knowledgeDir: string): Promise<LoadedArticles> {
  const articles: SourcedArticle[] = [];
  const problems: ArticleProblem[] = [];
  const root = path.join(knowledgeDir, "articles");
  try {
    await readdir(root);
  } catch (error) {
    throw new ErrdeskError(
      "knowledge-unreadable",
      root,
      `cannot read the knowledge base at ${root} (${(error as NodeJS.ErrnoException).code ?? "error"}): set KNOWLEDGE_DIR to a folder with articles/en and articles/es`,
    );
  }
  for (const lang of LANGUAGES) {
    const dir = path.join(root, lang);
    const files = await readdir(dir).catch(() => [] as string[]);
    for (const name of files.filter((f) => f.endsWith(".md")).sort()) {
      const file = `articles/${lang}/${name}`;
      const source = await readFile(path.join(dir, name), "utf8");
      const result = parseArticle(file, source);
      if (result.ok) articles.push({ article: result.article, source });
      else problems.push(...result.problems);
    }
  }
  return { articles, problems };
}
