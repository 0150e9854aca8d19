/**
 * Answers for the renderer fuzz tests: real answers (codes with articles in every view, both
 * languages, suggestions, nothing, several codes) whose free-text fields are replaced with hostile
 * text, and whose lists (causes, fixes, commands, related codes, references, names, suggestions)
 * are multiplied, the way a broken article, a hostile catalog name or a pasted log would fill them.
 * Fields the Answer contract fixes (values, families, kinds, ids) are left as they are.
 */
import fc from "fast-check";
import type { Answer, AnswerView, Errdesk } from "../../src/index.ts";
import { hostileText, hugeText } from "./fuzz-inputs.ts";

const VIEWS: AnswerView[] = ["compact", "fixes", "details", "related"];

export function baseAnswers(errdesk: Errdesk): Answer[] {
  const out: Answer[] = [];
  for (const lang of ["en", "es"] as const) {
    const articles = errdesk.knowledgeBase.articles(lang).slice(0, 6);
    for (const article of articles) {
      const code = article.codes[0];
      if (!code) continue;
      const value = `0x${code.value.toString(16).toUpperCase().padStart(8, "0")}`;
      for (const view of VIEWS)
        out.push(errdesk.answerAction({ type: view, value, family: code.family, lang }));
    }
    out.push(errdesk.answer("can't rdp, no authority could be contacted", { lang }));
    out.push(errdesk.answer("hello there", { lang }));
    out.push(
      errdesk.answer("0x80070005 0xC0000005 0x0000007B 1326 0x80090311 0x800F081F 0x80004005", { lang }),
    );
    out.push(errdesk.answerAction({ type: "feedback", helpful: true, value: "0x80070005", lang }));
  }
  return out;
}

export interface Mutation {
  /** When set, the answer is errdesk's own answer to this message instead of a mutated one. */
  message: string | undefined;
  base: number;
  /** Replacement texts, used in turn for every free-text field; undefined keeps the field. */
  texts: (string | undefined)[];
  /** How many times each list is repeated (the commands of a fix at most twice). */
  repeat: number;
  notice: string | undefined;
  truncated: boolean;
}

const repeatList = <T>(list: T[], times: number): T[] => Array.from({ length: times }, () => list).flat();

/** The answer to fuzz: errdesk's answer to a hostile message, or a real answer with hostile fields. */
export function fuzzedAnswer(errdesk: Errdesk, answers: readonly Answer[], m: Mutation): Answer {
  return m.message !== undefined ? errdesk.answer(m.message) : mutate(answers, m);
}

export function mutate(answers: readonly Answer[], m: Mutation): Answer {
  const answer = structuredClone(answers[m.base % answers.length] as Answer);
  let k = 0;
  const next = (old: string) => {
    const text = m.texts[k++ % m.texts.length];
    return text === undefined ? old : text;
  };
  answer.text = next(answer.text);
  answer.truncated = m.truncated;
  if (m.notice !== undefined) answer.notice = m.notice;
  for (const hit of answer.hits) {
    hit.meaning = next(hit.meaning);
    hit.mention.text = next(hit.mention.text);
    for (const reading of hit.interpretations) {
      reading.names = repeatList(reading.names.map(next), m.repeat);
      reading.sources = reading.sources.map(next);
      for (const related of reading.related) related.names = related.names.map(next);
      if (reading.fields.kind === "hresult" || reading.fields.kind === "ntstatus")
        reading.fields.facilityNames = reading.fields.facilityNames.map(next);
      if (reading.fields.kind === "bugcheck")
        reading.fields.parameters = repeatList(
          reading.fields.parameters.map((p) => ({ ...p, text: next(p.text), names: p.names.map(next) })),
          m.repeat,
        );
    }
    const a = hit.article;
    if (!a) continue;
    a.title = next(a.title);
    a.summary = next(a.summary);
    if (a.message !== undefined) a.message = next(a.message);
    if (a.details !== undefined) a.details = next(a.details);
    a.causes = repeatList(
      a.causes.map((c) => ({ title: next(c.title), text: next(c.text) })),
      m.repeat,
    );
    a.fixes = repeatList(
      a.fixes.map((f) => ({
        ...f,
        title: next(f.title),
        riskNote: next(f.riskNote),
        text: next(f.text),
        commands: repeatList(
          f.commands.map((c) => ({ ...c, code: next(c.code) })),
          Math.min(m.repeat, 2),
        ),
      })),
      m.repeat,
    );
    a.related = repeatList(
      a.related.map((r) => ({
        ...r,
        names: r.names.map(next),
        ...(r.note !== undefined ? { note: next(r.note) } : {}),
      })),
      m.repeat,
    );
    a.references = repeatList(
      a.references.map((r) => ({
        title: next(r.title),
        ...(r.url !== undefined ? { url: next(r.url) } : {}),
      })),
      m.repeat,
    );
  }
  answer.suggestions = repeatList(
    answer.suggestions.map((s) => ({ ...s, title: next(s.title) })),
    m.repeat,
  );
  return answer;
}

const text = fc.oneof(
  { weight: 6, arbitrary: hostileText(30, 200) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 1_000 }) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\n", "x".repeat(5_000), `${"word ".repeat(3_000)}`) },
);

export const mutations = (size: "normal" | "huge"): fc.Arbitrary<Mutation> =>
  fc.record({
    // One run in three renders errdesk's own answer to a hostile message; the others a mutated one.
    message: fc.oneof(
      { weight: 2, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: size === "huge" ? hugeText(1_000_000) : hostileText() },
    ),
    base: fc.nat(),
    texts: fc.array(
      fc.option(size === "huge" ? fc.oneof(text, hugeText(1_000_000)) : text, { nil: undefined, freq: 3 }),
      {
        minLength: 1,
        maxLength: 12,
      },
    ),
    // Long lists are rare and cost in proportion; 1 MB fields come one list entry each.
    repeat: size === "huge" ? fc.constant(1) : fc.constantFrom(1, 1, 1, 1, 1, 1, 2, 3, 10),
    notice: fc.option(text, { nil: undefined, freq: 3 }),
    truncated: fc.boolean(),
  });

/** Ordinary mutations, and one in 100 with 1 MB fields: the 10,000-case properties see both. */
export const anyMutation = (): fc.Arbitrary<Mutation> =>
  fc.oneof({ weight: 99, arbitrary: mutations("normal") }, { weight: 1, arbitrary: mutations("huge") });
