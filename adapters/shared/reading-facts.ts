/** The decoded fields of a reading as label/value pairs: Block Kit fields, FactSets and HTML tables alike. */
import { familyName, type Interpretation, type Language } from "../../src/index.ts";
import { labelsFor } from "./labels.ts";

export interface Fact {
  label: string;
  value: string;
}

const hex4 = (n: number) => `0x${n.toString(16).toUpperCase().padStart(4, "0")}`;

const SEVERITY_WORDS: Record<Language, Record<string, string>> = {
  en: {
    success: "success",
    failure: "failure",
    informational: "informational",
    warning: "warning",
    error: "error",
  },
  es: {
    success: "éxito",
    failure: "error",
    informational: "informativo",
    warning: "advertencia",
    error: "error",
  },
};

/** "Win32 error 5 ERROR_ACCESS_DENIED" */
export function describeCode(
  lang: Language,
  family: Interpretation["family"],
  display: string,
  names: readonly string[],
): string {
  return `${familyName(lang, family)} ${display}${names[0] ? ` ${names[0]}` : ""}`;
}

export function readingFacts(reading: Interpretation, lang: Language): Fact[] {
  const l = labelsFor(lang);
  const facts: Fact[] = [];
  const f = reading.fields;
  if (f.kind === "hresult" || f.kind === "ntstatus") {
    facts.push({ label: l.severity, value: SEVERITY_WORDS[lang][f.fields.severity] ?? f.fields.severity });
    const names = f.facilityNames.length ? ` ${f.facilityNames.join("/")}` : "";
    facts.push({ label: l.facility, value: `${f.fields.facility}${names}` });
    facts.push({ label: l.code, value: `${hex4(f.fields.code)} (${f.fields.code})` });
    if (f.vendorDefined) facts.push({ label: l.customer, value: "✓" });
  } else if (f.kind === "win32") {
    facts.push({ label: l.code, value: `${f.code} (${hex4(f.code)})` });
  } else {
    facts.push({ label: l.code, value: reading.value });
    if (f.parameters.length) {
      facts.push({
        label: l.parameters,
        value: f.parameters.map((p) => `${p.text}${p.names[0] ? ` (${p.names[0]})` : ""}`).join(", "),
      });
    }
  }
  for (const r of reading.related) {
    facts.push({
      label: r.relation === "wraps" ? l.wraps : l.sameError,
      value: describeCode(lang, r.family, r.display, r.names),
    });
  }
  return facts;
}
