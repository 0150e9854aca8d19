/**
 * Reads the Markdown body of an article: `## Causes` (a bullet list with bold titles),
 * `## Fixes` (one `###` step each, a `Risk:` line, fenced commands) and `## Details`.
 * Spanish headings are accepted too. Every item keeps its line for error messages.
 */

const SECTION_NAMES: Record<string, "causes" | "fixes" | "details"> = {
  causes: "causes",
  causas: "causes",
  fixes: "fixes",
  soluciones: "fixes",
  details: "details",
  detalles: "details",
};

const RISK_WORDS: Record<string, string> = {
  none: "none",
  low: "low",
  medium: "medium",
  high: "high",
  ninguno: "none",
  bajo: "low",
  medio: "medium",
  alto: "high",
};

const SHELL_ALIASES: Record<string, string> = {
  powershell: "powershell",
  pwsh: "powershell",
  ps1: "powershell",
  cmd: "cmd",
  bat: "cmd",
  batch: "cmd",
  bash: "bash",
  sh: "bash",
};

export interface ParsedBody {
  causes: { title: string; text: string; line: number }[];
  fixes: {
    title: string;
    risk: string;
    riskNote: string;
    text: string;
    commands: { shell: string; code: string }[];
    line: number;
  }[];
  details?: string;
  problems: { line: number; message: string }[];
}

const joinText = (lines: string[]) => lines.join("\n").trim();

export function parseArticleBody(body: string, firstLine: number): ParsedBody {
  const out: ParsedBody = { causes: [], fixes: [], problems: [] };
  const lines = body.split("\n");
  let section: "causes" | "fixes" | "details" | undefined;
  let textLines: string[] = [];
  let fence: { shell: string; lines: string[]; line: number } | undefined;
  const details: string[] = [];
  let inRiskNote = false;

  const flushText = () => {
    const text = joinText(textLines);
    textLines = [];
    if (!text) return;
    const fix = out.fixes.at(-1);
    const cause = out.causes.at(-1);
    if (section === "fixes" && fix) fix.text = joinText([fix.text, text]);
    else if (section === "causes" && cause) cause.text = joinText([cause.text, text]);
  };

  lines.forEach((raw, index) => {
    const line = firstLine + index;
    if (fence) {
      if (/^```\s*$/.test(raw)) {
        out.fixes.at(-1)?.commands.push({ shell: fence.shell, code: fence.lines.join("\n").trim() });
        fence = undefined;
      } else fence.lines.push(raw);
      return;
    }
    if (section === "details" && !/^## /.test(raw)) {
      details.push(raw);
      return;
    }
    if (/^#|^```/.test(raw)) inRiskNote = false;
    const heading = /^## +(.+?)\s*$/.exec(raw);
    if (heading?.[1]) {
      flushText();
      section = SECTION_NAMES[heading[1].toLowerCase()];
      if (!section)
        out.problems.push({ line, message: `unknown section "${heading[1]}": use Causes, Fixes or Details` });
      return;
    }
    const open = /^```\s*(\S*)\s*$/.exec(raw);
    if (open) {
      flushText();
      const shell = SHELL_ALIASES[(open[1] ?? "").toLowerCase()];
      if (section !== "fixes" || !out.fixes.at(-1)) {
        out.problems.push({ line, message: "commands belong under a fix step (### heading in ## Fixes)" });
      } else if (!shell) {
        out.problems.push({ line, message: `name the shell of this code block: powershell, cmd or bash` });
      }
      fence = { shell: shell ?? "", lines: [], line };
      return;
    }
    if (section === "causes") {
      const bullet = /^[-*] +(?:\*\*(.+?)\*\*)?\s*(.*)$/.exec(raw);
      if (bullet) {
        flushText();
        out.causes.push({
          title: (bullet[1] ?? bullet[2] ?? "").trim(),
          text: bullet[1] ? (bullet[2] ?? "") : "",
          line,
        });
        return;
      }
    }
    if (section === "fixes") {
      const step = /^### +(?:\d+[.)]\s*)?(.+?)\s*$/.exec(raw);
      if (step?.[1]) {
        flushText();
        out.fixes.push({ title: step[1], risk: "", riskNote: "", text: "", commands: [], line });
        return;
      }
      const risk = /^(?:Risk|Riesgo)\s*:\s*([A-Za-zñ]+)\s*[.,;:—–-]?\s*(.*)$/i.exec(raw);
      const fix = out.fixes.at(-1);
      if (risk && fix) {
        fix.risk = RISK_WORDS[(risk[1] ?? "").toLowerCase()] ?? risk[1] ?? "";
        fix.riskNote = (risk[2] ?? "").trim();
        inRiskNote = true;
        return;
      }
      // The risk paragraph may wrap onto the next lines; it ends at a blank line.
      if (inRiskNote && fix && raw.trim()) {
        fix.riskNote = `${fix.riskNote} ${raw.trim()}`.trim();
        return;
      }
      inRiskNote = false;
    }
    textLines.push(raw.replace(/^ {2,}/, ""));
  });
  if (fence) out.problems.push({ line: fence.line, message: "code block is not closed with ```" });
  flushText();
  const detailText = joinText(details);
  if (detailText) out.details = detailText;
  out.fixes.forEach((fix) => {
    if (!fix.risk) out.problems.push({ line: fix.line, message: `fix "${fix.title}" needs a "Risk:" line` });
  });
  return out;
}
