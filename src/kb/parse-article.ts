import { isMap, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import type { Article, ArticleProblem, Fix, Language, Risk, Shell } from "./article.ts";
import { bodySchema, frontMatterSchema } from "./article-schema.ts";
import { parseArticleBody } from "./parse-article-body.ts";

export type ParseResult = { ok: true; article: Article } | { ok: false; problems: ArticleProblem[] };

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

const issuePath = (issue: z.core.$ZodIssue) => issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));

/**
 * Parses one article file. `file` is its path relative to the knowledge directory
 * (`articles/en/access-denied.md`); the id and language must match it.
 */
export function parseArticle(file: string, source: string): ParseResult {
  const problems: ArticleProblem[] = [];
  const fail = (line: number, message: string) => problems.push({ file, line, message });
  const text = source.replace(/^\uFEFF/, "");
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    fail(1, "an article starts with YAML front matter between two '---' lines");
    return { ok: false, problems };
  }
  const yamlText = match[1] ?? "";
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  for (const error of doc.errors) {
    fail(1 + lineCounter.linePos(error.pos[0]).line, `YAML: ${error.message.split("\n")[0]}`);
  }
  if (problems.length > 0) return { ok: false, problems };

  const lineOf = (path: (string | number)[]): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) return 1 + lineCounter.linePos(range[0]).line;
    }
    return 2;
  };

  if (!isMap(doc.contents)) {
    fail(2, "the front matter must be a YAML mapping (key: value lines)");
    return { ok: false, problems };
  }
  const front = frontMatterSchema.safeParse(doc.toJS());
  if (!front.success) {
    for (const issue of front.error.issues) {
      const path = issuePath(issue);
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys)
          fail(lineOf([...path, key]), `unknown field "${key}": see knowledge/README.md`);
      } else fail(lineOf(path), `${path.join(".") || "front matter"}: ${issue.message}`);
    }
  }

  const bodyStartLine = text.slice(0, match[0].length).split("\n").length;
  const body = parseArticleBody(text.slice(match[0].length), bodyStartLine);
  for (const p of body.problems) fail(p.line, p.message);
  const checkedBody = bodySchema.safeParse(body);
  if (!checkedBody.success) {
    for (const issue of checkedBody.error.issues) {
      const [section, index] = issue.path;
      const items: { line: number }[] = section === "causes" || section === "fixes" ? body[section] : [];
      const line = items[Number(index)]?.line ?? bodyStartLine;
      const next = items[Number(index) + 1]?.line ?? Number.POSITIVE_INFINITY;
      // The body reader already said, in plainer words, what is wrong with this item.
      if (body.problems.some((p) => p.line >= line && p.line < next)) continue;
      fail(line, `${issuePath(issue).join(".")}: ${issue.message}`);
    }
  }

  const [, lang, id] = /(?:^|\/)(en|es)\/([^/]+)\.md$/.exec(file) ?? [];
  if (front.success && id && front.data.id !== id)
    fail(lineOf(["id"]), `id "${front.data.id}" must match the file name "${id}"`);
  if (front.success && lang && front.data.lang !== lang)
    fail(lineOf(["lang"]), `lang "${front.data.lang}" must match the folder "${lang}"`);

  if (problems.length > 0 || !front.success || !checkedBody.success) return { ok: false, problems };
  const f = front.data;
  const article: Article = {
    id: f.id,
    lang: f.lang as Language,
    title: f.title,
    summary: f.summary,
    ...(f.message ? { message: f.message } : {}),
    symptoms: f.symptoms,
    codes: f.codes,
    related: f.related.map((r) => ({
      value: r.value,
      names: r.names,
      ...(r.family ? { family: r.family } : {}),
      ...(r.note ? { note: r.note } : {}),
    })),
    references: f.references.map((r) => ({ title: r.title, ...(r.url ? { url: r.url } : {}) })),
    contexts: f.contexts,
    causes: checkedBody.data.causes,
    fixes: checkedBody.data.fixes.map(
      (fix): Fix => ({
        ...fix,
        risk: fix.risk as Risk,
        commands: fix.commands.map((c) => ({ ...c, shell: c.shell as Shell })),
      }),
    ),
    ...(checkedBody.data.details ? { details: checkedBody.data.details } : {}),
    file,
  };
  return { ok: true, article };
}

/** The line in the file where a front-matter key is written, for lint messages. */
export function lineOfKey(source: string, key: string, occurrence = 0): number {
  const lines = source.split("\n");
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i] ?? "").includes(key) && seen++ === occurrence) return i + 1;
  }
  return 1;
}
