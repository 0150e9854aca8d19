/** Answer → readable terminal text. Pure; colour only when asked (a TTY without NO_COLOR). */
import type { Answer, Hit, Interpretation, Language } from "../../src/index.ts";
import { familyName } from "../../src/index.ts";

const LABELS = {
  en: {
    fields: "Fields",
    failure: "failure",
    success: "success",
    facility: "facility",
    code: "code",
    customer: "vendor-defined",
    wraps: "Wraps",
    same: "Same error",
    causes: "Causes",
    fixes: "Fixes",
    risk: "risk",
    other: "Other readings",
    related: "Related",
    article: "Article",
    names: "name from",
    header: "header",
    articleSource: "article",
    unnamed: "(no name known)",
    suggestions: "Did you mean",
    parameters: "Parameters",
    truncated: "(the text was cut at 40,000 characters)",
  },
  es: {
    fields: "Campos",
    failure: "error",
    success: "éxito",
    facility: "facility",
    code: "código",
    customer: "definido por el fabricante",
    wraps: "Contiene",
    same: "Mismo error",
    causes: "Causas",
    fixes: "Soluciones",
    risk: "riesgo",
    other: "Otras lecturas",
    related: "Relacionados",
    article: "Artículo",
    names: "nombre según",
    header: "cabecera",
    articleSource: "artículo",
    unnamed: "(sin nombre conocido)",
    suggestions: "¿Quizá buscas?",
    parameters: "Parámetros",
    truncated: "(el texto se cortó a 40.000 caracteres)",
  },
} satisfies Record<Language, Record<string, string>>;

type Paint = (code: string, text: string) => string;

const hex4 = (n: number) => `0x${n.toString(16).toUpperCase().padStart(4, "0")}`;

function fieldLine(reading: Interpretation, lang: Language): string {
  const l = LABELS[lang];
  const f = reading.fields;
  switch (f.kind) {
    case "hresult":
    case "ntstatus": {
      const facility = `${l.facility} ${f.fields.facility}${f.facilityNames.length ? ` (${f.facilityNames.join("/")})` : ""}`;
      const severity = f.kind === "hresult" ? l[f.fields.severity] : f.fields.severity;
      return [
        severity,
        facility,
        `${l.code} ${hex4(f.fields.code)} (${f.fields.code})`,
        ...(f.vendorDefined ? [l.customer] : []),
      ].join(" · ");
    }
    case "win32":
      return `${l.code} ${f.code} (${hex4(f.code)})`;
    case "bugcheck":
      return `${l.code} ${reading.value}`;
  }
}

function title(reading: Interpretation | undefined, hit: Hit, lang: Language, paint: Paint): string {
  if (!reading) return paint("1", hit.value);
  const l = LABELS[lang];
  const name = reading.names.length ? paint("1;36", reading.names.join(" / ")) : paint("2", l.unnamed);
  const source =
    reading.nameSource === "none"
      ? ""
      : `, ${l.names} ${reading.nameSource === "header" ? l.header : l.articleSource}`;
  return `${paint("1", reading.display)}  ${name}  ${paint("2", `(${familyName(lang, reading.family)}${source})`)}`;
}

function renderHit(hit: Hit, lang: Language, paint: Paint): string[] {
  const l = LABELS[lang];
  const [top, ...others] = hit.interpretations;
  const out = [title(top, hit, lang, paint), `  ${hit.meaning}`];
  if (top) {
    out.push(`  ${l.fields}: ${fieldLine(top, lang)}`);
    for (const r of top.related) {
      out.push(
        `  ${r.relation === "wraps" ? l.wraps : l.same}: ${familyName(lang, r.family)} ${r.display} ${r.names.join(" / ")}`.trimEnd(),
      );
    }
    if (top.fields.kind === "bugcheck" && top.fields.parameters.length) {
      out.push(
        `  ${l.parameters}: ${top.fields.parameters.map((p) => `${p.text}${p.names.length ? ` (${p.names[0]})` : ""}`).join(", ")}`,
      );
    }
  }
  const article = hit.article;
  if (article) {
    out.push("", `  ${paint("1", `${l.article}: ${article.title}`)} ${paint("2", `[${article.id}]`)}`);
    out.push(`  ${l.causes}:`, ...article.causes.map((c) => `   • ${c.title}`));
    out.push(`  ${l.fixes}:`);
    article.fixes.forEach((fix, i) => {
      out.push(`   ${i + 1}. ${fix.title} ${paint("2", `[${l.risk}: ${fix.risk}]`)}`);
      for (const command of fix.commands) {
        for (const line of command.code.split("\n"))
          out.push(`      ${paint("33", `${command.shell === "cmd" ? ">" : "PS>"} ${line}`)}`);
      }
    });
    if (article.related.length) {
      out.push(
        `  ${l.related}: ${article.related.map((r) => `${r.display}${r.names[0] ? ` ${r.names[0]}` : ""}`).join(", ")}`,
      );
    }
  }
  if (others.length) {
    out.push(`  ${l.other}:`);
    for (const o of others)
      out.push(`   - ${familyName(lang, o.family)} ${o.display} ${o.names.join(" / ") || l.unnamed}`);
  }
  return out;
}

export function renderAnswerText(answer: Answer, options: { color?: boolean } = {}): string {
  const paint: Paint = options.color
    ? (code, text) => `\u001b[${code}m${text}\u001b[0m`
    : (_code, text) => text;
  const l = LABELS[answer.lang];
  const lines: string[] = [];
  if (answer.notice) lines.push(answer.notice, "");
  if (answer.kind === "codes") {
    answer.hits.forEach((hit, i) => {
      if (i > 0) lines.push("");
      lines.push(...renderHit(hit, answer.lang, paint));
    });
  } else if (answer.kind === "suggestions") {
    lines.push(paint("1", l.suggestions));
    answer.suggestions.forEach((s, i) => {
      lines.push(
        `  ${i + 1}. ${s.title} ${paint("2", `(${s.displayCodes.join(", ")}; ${Math.round(s.score * 100)}%)`)}`,
      );
    });
  } else {
    lines.push(answer.text);
  }
  if (answer.truncated) lines.push("", paint("2", l.truncated));
  return `${lines.join("\n")}\n`;
}
