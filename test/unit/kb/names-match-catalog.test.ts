/**
 * Every symbolic name an article shows must be the catalog's name for that value wherever the
 * catalog (generated from the SDK headers) knows the value; a name the catalog gives to another
 * value is never allowed. Names for values the catalog does not know are article-sourced.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type Catalog, type CodeFamily, formatValue } from "../../../src/index.ts";
import type { SourcedArticle } from "../../../src/kb/lint-articles.ts";
import { realErrdesk } from "../../helpers/errdesk.ts";

let catalog: Catalog;
let articles: SourcedArticle[];
beforeAll(async () => {
  const loaded = await realErrdesk();
  catalog = loaded.errdesk.catalog;
  articles = loaded.articles;
});

interface NamedValue {
  file: string;
  family?: CodeFamily;
  value: number;
  name: string;
}

const namedValues = (list: SourcedArticle[]): NamedValue[] =>
  list.flatMap(({ article }) => [
    ...article.codes.flatMap((c) =>
      c.names.map((name) => ({ file: article.file, family: c.family, value: c.value, name })),
    ),
    ...article.related.flatMap((r) =>
      r.names.map((name) => ({
        file: article.file,
        value: r.value,
        name,
        ...(r.family ? { family: r.family } : {}),
      })),
    ),
  ]);

describe("the knowledge base", () => {
  it("has at least 150 English articles, each with a Spanish twin", () => {
    const ids = (lang: string) =>
      new Set(articles.filter((a) => a.article.lang === lang).map((a) => a.article.id));
    const en = ids("en");
    const es = ids("es");
    expect(en.size).toBeGreaterThanOrEqual(150);
    expect([...en].filter((id) => !es.has(id))).toEqual([]);
    expect([...es].filter((id) => !en.has(id))).toEqual([]);
  });
});

describe("article names against the catalog", () => {
  it("uses the catalog's names wherever the catalog knows the value", () => {
    const wrong = namedValues(articles).filter(({ family, value, name }) => {
      const entries = family
        ? [catalog.lookup(family, value)].filter((e) => e !== undefined)
        : catalog.lookupAll(value);
      return entries.length > 0 && !entries.some((e) => e.names.includes(name));
    });
    expect(wrong.map((w) => `${w.file}: ${w.name} for ${formatValue(w.value)}`)).toEqual([]);
  });

  it("never gives a value a name the catalog gives to another value", () => {
    const misnamed = namedValues(articles).filter(
      ({ value, name }) =>
        catalog.byName(name).length > 0 && !catalog.byName(name).some((c) => c.value === value),
    );
    expect(misnamed.map((m) => `${m.file}: ${m.name} is not ${formatValue(m.value)}`)).toEqual([]);
  });

  it("checks a real number of names", () => {
    const all = namedValues(articles);
    const fromCatalog = all.filter(({ value }) => catalog.lookupAll(value).length > 0);
    console.info(
      `${all.length} names in articles, ${fromCatalog.length} checked against the catalog, ${all.length - fromCatalog.length} article-sourced`,
    );
    expect(fromCatalog.length).toBeGreaterThan(100);
  });
});
