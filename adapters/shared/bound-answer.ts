/**
 * An Answer cut to what any card can show, before a renderer reads it: every free text at most
 * `maxText` characters (ending in "…" when cut) and every list at most `maxItems` long (the longest
 * article so far has 8 fixes and 813 characters of details). A card shows less than that anyway; what this bounds is
 * the renderers' work, which would otherwise grow with whatever a broken article or a hostile
 * catalog name holds. Pure: values, families and ids are left as they are.
 */
import type { Answer, Hit } from "../../src/index.ts";

export const ANSWER_BOUNDS = { maxText: 4_000, maxItems: 25 } as const;

function text(value: string): string {
  if (value.length <= ANSWER_BOUNDS.maxText) return value;
  let end = ANSWER_BOUNDS.maxText - 1;
  // Never half a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(value.charAt(end - 1))) end--;
  return `${value.slice(0, end)}…`;
}
const list = <T>(items: readonly T[], map: (item: T) => T = (item) => item): T[] =>
  items.slice(0, ANSWER_BOUNDS.maxItems).map(map);
const texts = (items: readonly string[]) => list(items, text);

function boundHit(hit: Hit): Hit {
  const article = hit.article;
  return {
    ...hit,
    mention: { ...hit.mention, text: text(hit.mention.text) },
    meaning: text(hit.meaning),
    interpretations: list(hit.interpretations, (reading) => {
      const fields = reading.fields;
      return {
        ...reading,
        names: texts(reading.names),
        sources: texts(reading.sources),
        related: list(reading.related, (r) => ({ ...r, names: texts(r.names) })),
        fields:
          fields.kind === "hresult" || fields.kind === "ntstatus"
            ? { ...fields, facilityNames: texts(fields.facilityNames) }
            : fields.kind === "bugcheck"
              ? {
                  ...fields,
                  parameters: list(fields.parameters, (p) => ({
                    ...p,
                    text: text(p.text),
                    names: texts(p.names),
                  })),
                }
              : fields,
      };
    }),
    article: article && {
      ...article,
      title: text(article.title),
      summary: text(article.summary),
      ...(article.message !== undefined ? { message: text(article.message) } : {}),
      ...(article.details !== undefined ? { details: text(article.details) } : {}),
      causes: list(article.causes, (c) => ({ title: text(c.title), text: text(c.text) })),
      fixes: list(article.fixes, (f) => ({
        ...f,
        title: text(f.title),
        riskNote: text(f.riskNote),
        text: text(f.text),
        commands: list(f.commands, (c) => ({ ...c, code: text(c.code) })),
      })),
      related: list(article.related, (r) => ({
        ...r,
        names: texts(r.names),
        ...(r.note !== undefined ? { note: text(r.note) } : {}),
      })),
      references: list(article.references, (r) => ({
        title: text(r.title),
        ...(r.url !== undefined ? { url: text(r.url) } : {}),
      })),
    },
  };
}

export function boundAnswer(answer: Answer): Answer {
  return {
    ...answer,
    text: text(answer.text),
    ...(answer.notice !== undefined ? { notice: text(answer.notice) } : {}),
    // Every hit is kept (cards count the ones they do not show); each is bounded.
    hits: answer.hits.map(boundHit),
    suggestions: list(answer.suggestions, (s) => ({
      ...s,
      title: text(s.title),
      codes: list(s.codes),
      displayCodes: texts(s.displayCodes),
    })),
  };
}
