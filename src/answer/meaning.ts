import type { Interpretation } from "../codes/interpretation.ts";
import type { Language } from "../kb/article.ts";
import type { ArticleView } from "./answer-types.ts";
import { familyName, MESSAGES } from "./messages.ts";

/** The first sentence of a summary: a card's one-line meaning. */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(?:\s|$)/s.exec(text.trim());
  return (match?.[1] ?? text).replace(/\s+/g, " ").trim();
}

/** One sentence for the top reading: from its article, else from what the catalog and the bits say. */
export function describeMeaning(
  reading: Interpretation | undefined,
  article: ArticleView | null,
  lang: Language,
): string {
  if (article) return firstSentence(article.summary);
  if (!reading) return "";
  const m = MESSAGES[lang];
  const family = familyName(lang, reading.family);
  const f = reading.fields;
  if ((f.kind === "hresult" || f.kind === "ntstatus") && f.vendorDefined)
    return m.vendorDefined(family, reading.display);
  const name = reading.names[0];
  if (name) return m.namedNoArticle(family, reading.display, name);
  const inner = reading.related.find((r) => r.relation === "wraps");
  if (inner)
    return m.wraps(
      family,
      reading.display,
      `${familyName(lang, inner.family)} ${inner.display}${inner.names[0] ? ` ${inner.names[0]}` : ""}`,
    );
  return m.unknownName(family, reading.display);
}
