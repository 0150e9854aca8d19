/**
 * Knowledge bases ×10 and ×100 the real one, generated for the run. Each real article gets
 * `factor - 1` clones with a new id, codes no catalog knows and text where about a third of the
 * words are replaced or joined by words of a generated vocabulary (which grows with the factor),
 * so the index grows in words and postings rather than repeating the same entries.
 */
import {
  type Article,
  type Catalog,
  createErrdesk,
  createKnowledgeBase,
  type Errdesk,
  lintArticles,
  loadArticles,
} from "../src/index.ts";
import { pick, seeded } from "./inputs.ts";

const SYLLABLES =
  "ka lo mi ner tos vra qu el dun pha ri zo bel tar gis hon yu wex cra mo sel fin dor ap".split(" ");

/** Pseudo-words ("mitosvra", "belwex") drawn with a skew, so some are common and most are rare. */
function vocabulary(size: number, rand: () => number): { words: string[]; draw: () => string } {
  const seen = new Set<string>();
  while (seen.size < size) {
    const length = 2 + Math.floor(rand() * 3);
    seen.add(Array.from({ length }, () => pick(rand, SYLLABLES)).join(""));
  }
  const words = [...seen];
  return { words, draw: () => words[Math.floor(words.length * rand() ** 3)] as string };
}

function perturb(text: string, rand: () => number, draw: () => string): string {
  const out: string[] = [];
  for (const word of text.split(" ")) {
    const roll = rand();
    if (roll < 0.25 && /^[\p{L}]{3,}$/u.test(word)) out.push(draw());
    else out.push(word);
    if (roll > 0.93) out.push(draw());
  }
  return out.join(" ");
}

/** Hresult values with the customer bit set (0xA…): valid codes that no header defines. */
const UNKNOWN_BASE = 0xa7e0_0000;

export function scaleArticles(real: readonly Article[], factor: number, catalog: Catalog): Article[] {
  if (factor <= 1) return [...real];
  const rand = seeded(factor * 7919);
  const { draw } = vocabulary(300 * factor, rand);
  const ids = [...new Set(real.map((a) => a.id))];
  const codeSlots = Math.max(...real.map((a) => a.codes.length));
  const out = [...real];
  for (let copy = 1; copy < factor; copy++) {
    for (const a of real) {
      const p = (text: string) => perturb(text, rand, draw);
      const id = `${a.id}-x${copy}`;
      // The same id and codes for both languages of a clone: translations stay twins.
      const base = UNKNOWN_BASE + (copy * ids.length + ids.indexOf(a.id)) * codeSlots;
      const codes = a.codes.map((c, i) => {
        const value = (base + i) >>> 0;
        if (catalog.lookupAll(value).length > 0) throw new Error(`0x${value.toString(16)} is in the catalog`);
        const name = `E_${draw().toUpperCase()}_${draw().toUpperCase()}_${copy}`;
        return { family: "hresult" as const, value, names: c.names.length > 0 ? [name] : [] };
      });
      out.push({
        ...a,
        id,
        file: `articles/${a.lang}/${id}.md`,
        title: p(a.title),
        summary: p(a.summary),
        ...(a.message ? { message: p(a.message) } : {}),
        symptoms: a.symptoms.map(p),
        codes,
        causes: a.causes.map((c) => ({ title: p(c.title), text: p(c.text) })),
        fixes: a.fixes.map((f) => ({ ...f, title: p(f.title), text: p(f.text) })),
        ...(a.details ? { details: p(a.details) } : {}),
      });
    }
  }
  return out;
}

export interface ScaledErrdesk {
  factor: number;
  errdesk: Errdesk;
  articles: number;
  /** createKnowledgeBase + createErrdesk (indexes), in ms. */
  buildMs: number;
}

/** The articles of knowledge/ as they are now, without those lint refuses (as loadErrdesk does). */
export async function realArticles(knowledgeDir: string, catalog: Catalog): Promise<Article[]> {
  const loaded = await loadArticles(knowledgeDir);
  const broken = new Set(lintArticles(loaded.articles, catalog).map((p) => p.file));
  return loaded.articles.map((a) => a.article).filter((a) => !broken.has(a.file));
}

export function buildScaled(real: readonly Article[], catalog: Catalog, factor: number): ScaledErrdesk {
  const articles = scaleArticles(real, factor, catalog);
  const start = performance.now();
  const errdesk = createErrdesk(catalog, createKnowledgeBase(articles, catalog));
  return { factor, errdesk, articles: articles.length, buildMs: performance.now() - start };
}
