import type { Catalog } from "../codes/catalog.ts";
import { displayValue, formatValue } from "../codes/code-family.ts";
import type { Article } from "../kb/article.ts";
import type { ArticleView } from "./answer-types.ts";

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
      const entry = r.family ? catalog.lookup(r.family, r.value) : catalog.lookupAll(r.value)[0];
      const family = r.family ?? entry?.family ?? null;
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
