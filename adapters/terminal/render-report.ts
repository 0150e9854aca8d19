/** Report → terminal text: the numbers a helpdesk lead reads on Monday morning. Pure. */
import type { Report } from "../../src/index.ts";

const pct = (yes: number, no: number) => (yes + no === 0 ? "—" : `${Math.round((100 * yes) / (yes + no))}%`);
const when = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace("T", " ");

/** Columns padded to their widest cell; numbers right-aligned. */
function table(head: string[], rows: (string | number)[][]): string[] {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const numeric = head.map(
    (_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === "number" || r[i] === ""),
  );
  return cells.map(
    (r) =>
      `  ${r
        .map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
        .join("  ")
        .trimEnd()}`,
  );
}

const section = (title: string, lines: string[], empty: string) => [
  "",
  title,
  ...(lines.length > 0 ? lines : [`  ${empty}`]),
];

export function renderReport(report: Report, options: { window: string; store: string }): string {
  const t = report.totals;
  const lines = [
    `errdesk report · last ${options.window} · ${when(report.since)} → ${when(report.until)} UTC`,
    `store: ${options.store}`,
    "",
    `${t.questions} questions from ${t.people} people · ${t.unanswered} unanswered · ` +
      `feedback: ${t.helpful} helpful, ${t.notHelpful} not helpful (${pct(t.helpful, t.notHelpful)})`,
  ];
  const top = report.topErrors.map((e) => [
    e.asks,
    e.display,
    e.name || "(no name)",
    e.articleId ?? "none yet",
  ]);
  lines.push(
    ...section("Top errors", top.length ? table(["asks", "code", "name", "article"], top) : [], "none"),
  );
  const queue = report.writingQueue.map((e) => [e.asks, e.display, e.name || "(no name)", when(e.lastAsked)]);
  lines.push(
    ...section(
      "Errors without an article (the writing queue)",
      queue.length ? table(["asks", "code", "name", "last asked"], queue) : [],
      "none: every code asked about has an article",
    ),
  );
  lines.push(
    ...section(
      `No code and no matching article: ${report.unmatched.count} question${report.unmatched.count === 1 ? "" : "s"}`,
      report.unmatched.samples.map((s) => `  ${s.asks} × “${s.text.replace(/\s+/g, " ").slice(0, 100)}”`),
      report.unmatched.count > 0 ? "(set STORE_QUERY_TEXT=true to keep what people asked)" : "none",
    ),
  );
  const votes = report.helpfulness.flatMap((h) => {
    const row = [
      h.helpful,
      h.notHelpful,
      pct(h.helpful, h.notHelpful),
      h.articleId ?? `${h.code} (no article)`,
    ];
    return [row, ...h.comments.map((c) => ["", "", "", `  “${c.replace(/\s+/g, " ").slice(0, 100)}”`])];
  });
  lines.push(
    ...section(
      "Helpfulness per article",
      votes.length ? table(["helpful", "not helpful", "%", "article"], votes as (string | number)[][]) : [],
      "no feedback yet",
    ),
  );
  for (const [title, key, rows] of [
    ["By platform", "platform", report.byPlatform.map((p) => ({ ...p, key: p.platform }))],
    ["By language", "language", report.byLanguage.map((l) => ({ ...l, key: l.lang }))],
  ] as const) {
    const body = rows.map((r) => [r.key, r.questions, r.helpful, r.notHelpful, pct(r.helpful, r.notHelpful)]);
    lines.push(
      ...section(
        title,
        body.length ? table([key, "questions", "helpful", "not helpful", "%"], body) : [],
        "none",
      ),
    );
  }
  return `${lines.join("\n")}\n`;
}
