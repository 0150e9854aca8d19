/**
 * `npm run kb:lint [dir]`: every article problem as file:line, exit 1 if there is any.
 * Articles come from `dir` (default: the knowledge base); names are always checked against
 * the generated catalog.
 */
import path from "node:path";
import {
  DEFAULT_KNOWLEDGE_DIR,
  formatProblem,
  isErrdeskError,
  lintArticles,
  loadArticles,
  loadCatalog,
} from "../../src/index.ts";

const dir = path.resolve(process.argv[2] ?? (process.env.KNOWLEDGE_DIR || DEFAULT_KNOWLEDGE_DIR));

try {
  const [catalog, loaded] = await Promise.all([loadCatalog(DEFAULT_KNOWLEDGE_DIR), loadArticles(dir)]);
  const problems = [...loaded.problems, ...lintArticles(loaded.articles, catalog)];
  const shown = path.relative(process.cwd(), dir) || ".";
  for (const problem of problems) process.stderr.write(`${shown}/${formatProblem(problem)}\n`);
  const count = (lang: string) => loaded.articles.filter((a) => a.article.lang === lang).length;
  process.stdout.write(
    `kb:lint: ${count("en")} en and ${count("es")} es articles, ${problems.length} problem${problems.length === 1 ? "" : "s"}\n`,
  );
  process.exitCode = problems.length > 0 ? 1 : 0;
} catch (error) {
  process.stderr.write(`kb:lint: ${isErrdeskError(error) ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
