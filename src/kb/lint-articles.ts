/**
 * Cross-checks articles against the catalog generated from header files, and against each other.
 * The catalog is the authority on names: an article that calls a value by another value's name
 * is an error, reported at the line where the name is written.
 */
import type { Catalog } from "../codes/catalog.ts";
import { type CodeFamily, formatValue } from "../codes/code-family.ts";
import { ntstatusInsideOf, win32InsideOf } from "../codes/decode-fields.ts";
import type { Article, ArticleProblem } from "./article.ts";
import { lineOfKey } from "./parse-article.ts";

export interface SourcedArticle {
  article: Article;
  source: string;
}

/** Names a code "0x80090311 (SEC_E_...)" or "SEC_E_... (0x80090311)" in prose or tables. */
const VALUE_THEN_NAME = /\b(0x[0-9A-Fa-f]{8})\b[\s`*|(:=–—-]{1,6}([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/g;
const NAME_THEN_VALUE = /\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b[\s`*|(:=–—-]{1,6}(0x[0-9A-Fa-f]{8})\b/g;

/** The values a code stands for: itself, and in prose the Win32 error or NTSTATUS it wraps. */
function wrappedValues(value: number): number[] {
  return [win32InsideOf(value), ntstatusInsideOf(value)].filter((v): v is number => v !== undefined);
}

/** A related code resolves when the catalog or an article knows it, or it wraps a code the catalog knows. */
function resolves(
  catalog: Catalog,
  value: number,
  family: CodeFamily | undefined,
  articleCodes: Set<number>,
) {
  if (articleCodes.has(value)) return true;
  if (family ? catalog.lookup(family, value) : catalog.lookupAll(value).length > 0) return true;
  return wrappedValues(value).some((inner) => catalog.lookupAll(inner).length > 0);
}

function checkName(
  catalog: Catalog,
  name: string,
  value: number,
  family: CodeFamily | undefined,
  options: { allowWrapped?: boolean } = {},
): string | undefined {
  const holders = catalog.byName(name);
  if (holders.length > 0) {
    if (holders.some((h) => h.value === value && (!family || h.family === family))) return undefined;
    // "0x80070002 (ERROR_FILE_NOT_FOUND)" in prose names the Win32 error the HRESULT wraps.
    if (options.allowWrapped && holders.some((h) => wrappedValues(value).includes(h.value))) return undefined;
    const where = holders.map((h) => `${h.family} ${formatValue(h.value)}`).join(", ");
    return `${name} is ${where} in the catalog, not ${formatValue(value)}`;
  }
  const known = family ? catalog.lookup(family, value) : catalog.lookupAll(value)[0];
  if (known) return `the catalog calls ${formatValue(value)} ${known.names.join(" / ")}, not ${name}`;
  return undefined;
}

function lintOne(
  { article, source }: SourcedArticle,
  catalog: Catalog,
  allCodes: Set<number>,
): ArticleProblem[] {
  const problems: ArticleProblem[] = [];
  const at = (needle: string, message: string) =>
    problems.push({ file: article.file, line: lineOfKey(source, needle), message });

  for (const code of article.codes) {
    for (const name of code.names) {
      const problem = checkName(catalog, name, code.value, code.family);
      if (problem) at(name, problem);
    }
  }
  for (const related of article.related) {
    for (const name of related.names) {
      const problem = checkName(catalog, name, related.value, related.family);
      if (problem) at(name, problem);
    }
    if (!resolves(catalog, related.value, related.family, allCodes)) {
      at(
        formatValue(related.value).slice(2),
        `related code ${formatValue(related.value)} is in neither the catalog nor any article`,
      );
    }
  }
  const body = source.slice(source.indexOf("\n---", 3));
  for (const pattern of [VALUE_THEN_NAME, NAME_THEN_VALUE]) {
    for (const m of body.matchAll(pattern)) {
      const [valueText, name] = pattern === VALUE_THEN_NAME ? [m[1], m[2]] : [m[2], m[1]];
      if (!valueText || !name || catalog.byName(name).length === 0) continue;
      const problem = checkName(catalog, name, Number.parseInt(valueText, 16) >>> 0, undefined, {
        allowWrapped: true,
      });
      if (problem) at(m[0], problem);
    }
  }
  return problems;
}

/** Problems across the whole set: names, related codes, twins, duplicate claims. */
export function lintArticles(articles: SourcedArticle[], catalog: Catalog): ArticleProblem[] {
  const allCodes = new Set(articles.flatMap((a) => a.article.codes.map((c) => c.value)));
  const problems = articles.flatMap((a) => lintOne(a, catalog, allCodes));
  const english = new Map(
    articles.filter((a) => a.article.lang === "en").map((a) => [a.article.id, a.article]),
  );
  const claims = new Map<string, string>();

  for (const { article, source } of articles) {
    if (article.lang === "es") {
      const twin = english.get(article.id);
      if (!twin) {
        problems.push({
          file: article.file,
          line: lineOfKey(source, "id:"),
          message: `no English twin articles/en/${article.id}.md`,
        });
      } else {
        const codesOf = (a: Article) =>
          a.codes
            .map((c) => `${c.family}:${formatValue(c.value)}`)
            .sort()
            .join(",");
        if (codesOf(article) !== codesOf(twin)) {
          problems.push({
            file: article.file,
            line: lineOfKey(source, "codes:"),
            message: `codes differ from its English twin ${twin.file}`,
          });
        }
      }
    }
    for (const code of article.codes) {
      const key = `${article.lang}:${code.family}:${code.value}`;
      const other = claims.get(key);
      if (other && other !== article.id) {
        problems.push({
          file: article.file,
          line: lineOfKey(source, "codes:"),
          message: `${code.family} ${formatValue(code.value)} is already explained by ${other}`,
        });
      }
      claims.set(key, article.id);
    }
  }
  return problems;
}
