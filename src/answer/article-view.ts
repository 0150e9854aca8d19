import type { Catalog } from "../codes/catalog.ts";
import { type CodeFamily, displayValue, formatValue } from "../codes/code-family.ts";
import type { Article, RelatedCodeSpec } from "../kb/article.ts";
import type { ArticleView } from "./answer-types.ts";

/**
 * The family of a related code written without one: the family of the name the article gives it,
 * else the family of the article's own codes (a stop-code article relates stop codes), else the
 * first the catalog knows.
 */
function guessFamily(related: RelatedCodeSpec, article: Article, catalog: Catalog): CodeFamily | null {
  const named = related.names.flatMap((n) => catalog.byName(n)).find((c) => c.value === related.value);
  if (named) return named.family;
  const own = article.codes.map((c) => c.family).find((f) => catalog.lookup(f, related.value));
  return own ?? catalog.lookupAll(related.value)[0]?.family ?? null;
}

/** The article as a card shows it; related codes get their catalog names when the article gives none. */
export function toArticleView(article: Article, catalog: Catalog): ArticleView {
  return {
    id: article.id,
    title: article.title,
    lang: article.lang,
    summary: article.summary,
    ...(article.message ? { message: article.message } : {}),
    causes: article.causes,
    fixes: article.fixes,
    related: article.related.map((r) => {
      const family = r.family ?? guessFamily(r, article, catalog);
      const entry = family ? catalog.lookup(family, r.value) : undefined;
      return {
        value: formatValue(r.value),
        display: family ? displayValue(family, r.value) : formatValue(r.value),
        family,
        names: r.names.length > 0 ? r.names : (entry?.names ?? []),
        ...(r.note ? { note: r.note } : {}),
      };
    }),
    references: article.references,
    ...(article.details ? { details: article.details } : {}),
  };
}
