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
  // Every file read at once (the order of the results stays that of the sorted names).
  const files = (
    await Promise.all(
      LANGUAGES.map(async (lang) => {
        const names = await readdir(path.join(root, lang)).catch(() => [] as string[]);
        return names
          .filter((f) => f.endsWith(".md"))
          .sort()
          .map((name) => ({ file: `articles/${lang}/${name}`, full: path.join(root, lang, name) }));
      }),
    )
  ).flat();
  const sources = await Promise.all(files.map((f) => readFile(f.full, "utf8")));
  files.forEach(({ file }, i) => {
    const source = sources[i] ?? "";
    const result = parseArticle(file, source);
    if (result.ok) articles.push({ article: result.article, source });
    else problems.push(...result.problems);
  });
  return { articles, problems };
}
