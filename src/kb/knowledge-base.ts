import type { Catalog } from "../codes/catalog.ts";
import type { CodeFamily } from "../codes/code-family.ts";
import type { ArticleCode, CodeArticles } from "../codes/readings.ts";
import type { Article, Language } from "./article.ts";

/** The articles in memory, indexed by id, language and code. Immutable once built. */
export interface KnowledgeBase extends CodeArticles {
  /** The article in `lang`, or its English twin when there is no translation. */
  article(id: string, lang: Language): Article | undefined;
  articles(lang?: Language): readonly Article[];
  size: number;
}

const codeKey = (family: CodeFamily, value: number) => `${family}:${value >>> 0}`;

export function createKnowledgeBase(articles: readonly Article[], catalog: Catalog): KnowledgeBase {
  const byId = new Map<string, Article>();
  const byCode = new Map<string, ArticleCode>();
  const articleFamilies = new Map<number, Set<CodeFamily>>();

  for (const a of articles) byId.set(`${a.lang}:${a.id}`, a);
  // Codes map to ids from the English articles: every translation has an English twin.
  for (const a of articles.filter((x) => x.lang === "en")) {
    const codes = a.codes.map((c) => ({ family: c.family, value: c.value }));
    for (const code of a.codes) {
      byCode.set(codeKey(code.family, code.value), {
        articleId: a.id,
        names: code.names,
        contexts: a.contexts,
        codes,
      });
      if (!catalog.lookup(code.family, code.value)) {
        const set = articleFamilies.get(code.value) ?? new Set();
        set.add(code.family);
        articleFamilies.set(code.value, set);
      }
    }
  }

  return {
    article: (id, lang) => byId.get(`${lang}:${id}`) ?? byId.get(`en:${id}`),
    articles: (lang) => (lang ? articles.filter((a) => a.lang === lang) : articles),
    find: (family, value) => byCode.get(codeKey(family, value)),
    familiesOf: (value) => [...(articleFamilies.get(value >>> 0) ?? [])],
    size: articles.length,
  };
}
