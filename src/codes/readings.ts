import type { Catalog } from "./catalog.ts";
import { type CodeFamily, displayValue, formatValue } from "./code-family.ts";
import { foldText } from "./context-cues.ts";
import {
  decodeHresult,
  decodeNtstatus,
  hresultFromWin32,
  ntstatusInsideOf,
  win32InsideOf,
} from "./decode-fields.ts";
import type { Mention } from "./find-mentions.ts";
import type { Interpretation, InterpretationFields, RelatedReading } from "./interpretation.ts";

/** What the knowledge base says about one code: the article that explains it. */
export interface ArticleCode {
  articleId: string;
  /** Names the article gives the code (used only where the catalog has none). */
  names: string[];
  /** Words that make this article the likely reading of an ambiguous number. */
  contexts: string[];
  /** Every code the article explains: the same error in its families. */
  codes: { family: CodeFamily; value: number }[];
}

/** The lookups readings need from the knowledge base. */
export interface CodeArticles {
  find(family: CodeFamily, value: number): ArticleCode | undefined;
  /** Families in which some article (not the catalog) defines this value. */
  familiesOf(value: number): CodeFamily[];
}

const SIGN_BIT = 0x8000_0000;

/** Families worth showing for a value: what the catalog and articles define, else what its bits allow. */
function candidateFamilies(mention: Mention, catalog: Catalog, articles: CodeArticles): CodeFamily[] {
  if (mention.family) return [mention.family];
  const v = mention.value;
  const known = new Set<CodeFamily>([
    ...catalog.lookupAll(v).map((e) => e.family),
    ...articles.familiesOf(v),
  ]);
  // Success codes in HRESULT/NTSTATUS share the small numbers of Win32 errors; a small number
  // written by a person is an error, so those readings go unless nothing else fits.
  if (v < 0x1_0000 && (known.has("win32") || known.has("bugcheck"))) {
    known.delete("hresult");
    known.delete("ntstatus");
  }
  if (known.size > 0) return [...known];
  if (ntstatusInsideOf(v) !== undefined) return ["hresult"];
  if (v >= 0xc000_0000) return ["ntstatus", "hresult"];
  if (v >= SIGN_BIT) return ["hresult"];
  if (mention.cues.familyWeights.bugcheck) return ["bugcheck"];
  return ["win32"];
}

function formScore(family: CodeFamily, mention: Mention): number {
  const v = mention.value;
  if (mention.family === family) return 50;
  switch (mention.form) {
    case "hex":
    case "hex-bare":
      if (family === "ntstatus" && v >= 0xc000_0000 && ntstatusInsideOf(v) === undefined) return 5;
      if (family === "hresult" && v >= SIGN_BIT) return v >>> 16 === 0x8007 ? 5 : 3;
      return family === "bugcheck" && mention.text.length <= 10 ? 1 : 0;
    case "decimal":
      return family === "win32" ? 3 : 0;
    default:
      return 0;
  }
}

function relatedFrom(
  catalog: Catalog,
  family: CodeFamily,
  value: number,
  relation: RelatedReading["relation"],
): RelatedReading {
  return {
    family,
    value: formatValue(value),
    display: displayValue(family, value),
    names: catalog.lookup(family, value)?.names ?? [],
    relation,
  };
}

/** The wrapped error and the same error in other families, each once. */
function relatedReadings(catalog: Catalog, articles: CodeArticles, family: CodeFamily, v: number) {
  const out: RelatedReading[] = [];
  const add = (f: CodeFamily, value: number, relation: RelatedReading["relation"]) => {
    if ((f === family && value === v) || out.some((r) => r.family === f && r.value === formatValue(value)))
      return;
    out.push(relatedFrom(catalog, f, value, relation));
  };
  const sameErrorOfWin32 = (w: number) => {
    if (w > 0) add("hresult", hresultFromWin32(w), "same-error");
    const nt = catalog.ntstatusForWin32(w);
    if (nt !== undefined) add("ntstatus", nt, "same-error");
  };
  if (family === "hresult" || family === "ntstatus") {
    const w = win32InsideOf(v);
    if (w !== undefined) {
      add("win32", w, "wraps");
      sameErrorOfWin32(w);
    }
  }
  if (family === "hresult") {
    const nt = ntstatusInsideOf(v);
    if (nt !== undefined) add("ntstatus", nt, "wraps");
  }
  if (family === "ntstatus") {
    const w = catalog.win32ForNtstatus(v);
    if (w !== undefined) {
      add("win32", w, "same-error");
      sameErrorOfWin32(w);
    }
  }
  if (family === "win32") sameErrorOfWin32(v);
  for (const code of articles.find(family, v)?.codes ?? []) add(code.family, code.value, "same-error");
  return out;
}

function fieldsOf(catalog: Catalog, family: CodeFamily, mention: Mention): InterpretationFields {
  const v = mention.value;
  switch (family) {
    case "hresult": {
      const fields = decodeHresult(v);
      const facilityNames = catalog.facilityNames("hresult", fields.facility);
      return { kind: "hresult", facilityNames, vendorDefined: fields.customer, fields };
    }
    case "ntstatus": {
      const fields = decodeNtstatus(v);
      const facilityNames = catalog.facilityNames("ntstatus", fields.facility);
      return { kind: "ntstatus", facilityNames, vendorDefined: fields.customer, fields };
    }
    case "win32":
      return { kind: "win32", code: v };
    case "bugcheck": {
      const parameters = (mention.parameters ?? []).map((p) => ({
        text: p.text,
        value: p.value === undefined ? null : formatValue(p.value),
        names: p.value === undefined ? [] : (catalog.lookup("ntstatus", p.value)?.names ?? []),
      }));
      return { kind: "bugcheck", code: v, parameters };
    }
  }
}

/**
 * The catalog's names with the ones the value's article uses first: where two headers share a
 * number (winerror.h's ERROR_DBG_TERMINATE_THREAD and raserror.h's ERROR_AUTHENTICATION_FAILURE
 * are both 691), the article says which one people meet.
 */
function namesArticleFirst(names: string[], articleNames: readonly string[]): string[] {
  const preferred = names.filter((n) => articleNames.includes(n));
  return preferred.length === 0 ? names : [...preferred, ...names.filter((n) => !preferred.includes(n))];
}

/** Every plausible reading of a mention, most likely first. None is dropped for being unlikely. */
export function interpretMention(
  mention: Mention,
  catalog: Catalog,
  articles: CodeArticles,
): Interpretation[] {
  const v = mention.value;
  const folded = foldText(mention.cues.window);
  const readings = candidateFamilies(mention, catalog, articles).map((family): Interpretation => {
    const entry = catalog.lookup(family, v);
    const related = relatedReadings(catalog, articles, family, v);
    // A wrapper with no article of its own (0x80070520) is explained by the article of what it wraps.
    const article =
      articles.find(family, v) ??
      related
        .filter((r) => r.relation === "wraps")
        .map((r) => articles.find(r.family, Number.parseInt(r.value, 16)))
        .find((a) => a !== undefined);
    const own = articles.find(family, v);
    const articleNames = entry ? [] : (own?.names ?? []);
    const contextHit = article?.contexts.some((word) => folded.includes(foldText(word))) ?? false;
    const score =
      (entry || article ? 10 : 0) +
      (article ? 3 : 0) +
      (contextHit ? 3 : 0) +
      formScore(family, mention) +
      (mention.cues.familyWeights[family] ?? 0);
    return {
      family,
      value: formatValue(v),
      display: displayValue(family, v),
      names: entry ? namesArticleFirst(entry.names, own?.names ?? []) : articleNames,
      nameSource: entry ? "header" : articleNames.length > 0 ? "article" : "none",
      sources: entry?.sources ?? [],
      fields: fieldsOf(catalog, family, mention),
      related,
      articleId: article?.articleId ?? null,
      score,
    };
  });
  return readings.sort((a, b) => b.score - a.score);
}
