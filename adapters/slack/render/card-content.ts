/** The article parts of a code card as mrkdwn lines: causes, fixes with commands, related codes, references. */
import type { ArticleView, CodeFamily, Interpretation, Language } from "../../../src/index.ts";
import type { Labels } from "../../shared/labels.ts";
import { describeCode } from "../../shared/reading-facts.ts";
import { LIMITS } from "./limits.ts";
import { codeBlock, cutMrkdwn, escapeMrkdwn, markdownToMrkdwn } from "./mrkdwn.ts";

type Fix = ArticleView["fixes"][number];
type Cause = ArticleView["causes"][number];

const SHELL_NAMES: Record<string, string> = { powershell: "PowerShell", cmd: "cmd", bash: "bash" };

/** "• *Title* text", or only the titles for a compact card. */
export function causeLines(causes: readonly Cause[], withText: boolean): string[] {
  return causes.map((c) =>
    withText ? `• *${escapeMrkdwn(c.title)}* ${markdownToMrkdwn(c.text)}` : `• ${escapeMrkdwn(c.title)}`,
  );
}

const riskLine = (fix: Fix, l: Labels, withNote: boolean) =>
  `_${escapeMrkdwn(l.risk)}: ${escapeMrkdwn(l.riskLevels[fix.risk])}${withNote && fix.riskNote ? `. ${escapeMrkdwn(fix.riskNote)}` : ""}_`;

function commandLines(fix: Fix): string[] {
  return fix.commands.flatMap((c) => [
    `_${escapeMrkdwn(SHELL_NAMES[c.shell] ?? c.shell)}_`,
    codeBlock(c.code),
  ]);
}

/**
 * Fixes at a glance: the first one (usually a read-only check) with its commands, the rest as
 * numbered titles with their risk; "All causes & fixes" shows everything.
 */
export function compactFixes(fixes: readonly Fix[], l: Labels): string[] {
  const [first, ...rest] = fixes;
  if (!first) return [];
  return [
    `*${escapeMrkdwn(l.fixes)}*`,
    `*1. ${escapeMrkdwn(first.title)}* · ${riskLine(first, l, false)}`,
    ...commandLines(first),
    ...rest.map((f, i) => `${i + 2}. ${escapeMrkdwn(f.title)} · ${riskLine(f, l, false)}`),
  ];
}

/** One fix in full: numbered title, risk and what could go wrong, the steps, the commands. */
export function fixSection(fix: Fix, n: number, l: Labels): string {
  const text = [
    `*${n}. ${escapeMrkdwn(fix.title)}*`,
    riskLine(fix, l, true),
    ...(fix.text ? [markdownToMrkdwn(fix.text)] : []),
    ...commandLines(fix),
  ].join("\n");
  return cutMrkdwn(text, LIMITS.sectionText);
}

export function referenceLines(references: ArticleView["references"]): string[] {
  return references.map((r) =>
    r.url && /^https?:\/\//.test(r.url)
      ? `• <${escapeMrkdwn(r.url)}|${escapeMrkdwn(r.title)}>`
      : `• ${escapeMrkdwn(r.title)}`,
  );
}

export interface RelatedEntry {
  value: string;
  family: CodeFamily | null;
  /** Button label: "Win32 error 32 ERROR_SHARING_VIOLATION". */
  label: string;
  line: string;
}

/** The wrapped error and the same error in other families first, then the article's related codes. */
export function relatedEntries(
  top: Interpretation | undefined,
  article: ArticleView | null,
  lang: Language,
  l: Labels,
): RelatedEntry[] {
  const entries: RelatedEntry[] = [];
  const seen = new Set<string>();
  const add = (
    value: string,
    family: CodeFamily | null,
    display: string,
    names: string[],
    words: { prefix?: string; note?: string | undefined },
  ) => {
    const key = `${family}:${value}`;
    if (seen.has(key)) return;
    seen.add(key);
    const label = family
      ? describeCode(lang, family, display, names)
      : `${display}${names[0] ? ` ${names[0]}` : ""}`;
    entries.push({
      value,
      family,
      label,
      line: `• ${words.prefix ? `${escapeMrkdwn(words.prefix)}: ` : ""}*${escapeMrkdwn(label)}*${words.note ? ` · ${escapeMrkdwn(words.note)}` : ""}`,
    });
  };
  for (const r of top?.related ?? [])
    add(r.value, r.family, r.display, r.names, { prefix: r.relation === "wraps" ? l.wraps : l.sameError });
  for (const r of article?.related ?? []) add(r.value, r.family, r.display, r.names, { note: r.note });
  return entries;
}
