import type { Catalog } from "../codes/catalog.ts";
import { displayValue, formatValue } from "../codes/code-family.ts";
import type { KnowledgeBase } from "../kb/knowledge-base.ts";
import type { SearchEntry } from "./symptom-index.ts";

/** ERROR_ACCESS_DENIED → "error access denied", so that names meet the words people type. */
export const nameWords = (name: string) => name.replace(/_/g, " ");

/** One entry per article and language, plus one per catalog value that no article explains. */
export function buildSearchEntries(kb: KnowledgeBase, catalog: Catalog): SearchEntry[] {
  const entries: SearchEntry[] = kb.articles().map((a) => ({
    articleId: a.id,
    lang: a.lang,
    title: a.title,
    codes: a.codes.map((c) => formatValue(c.value)),
    displayCodes: a.codes.map((c) => displayValue(c.family, c.value)),
    fields: [
      { kind: "title", text: a.title },
      ...(a.message ? [{ kind: "message" as const, text: a.message }] : []),
      ...a.symptoms.map((text) => ({ kind: "symptom" as const, text })),
      ...a.codes.flatMap((c) => c.names.map((n) => ({ kind: "name" as const, text: nameWords(n) }))),
      ...a.codes.flatMap((c) =>
        (catalog.lookup(c.family, c.value)?.names ?? []).map((n) => ({
          kind: "name" as const,
          text: nameWords(n),
        })),
      ),
      { kind: "summary", text: a.summary },
      ...a.causes.map((c) => ({ kind: "cause" as const, text: c.title })),
    ],
  }));
  for (const entry of catalog.entries()) {
    if (kb.find(entry.family, entry.value)) continue;
    entries.push({
      articleId: null,
      lang: null,
      title: entry.names[0] ?? formatValue(entry.value),
      codes: [formatValue(entry.value)],
      displayCodes: [displayValue(entry.family, entry.value)],
      fields: entry.names.map((n) => ({ kind: "name", text: nameWords(n) })),
    });
  }
  return entries;
}
