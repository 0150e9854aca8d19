// Reads `#define` lines from C headers (mingw-w64, Wine) so their error codes can be evaluated.
// Conditional compilation (#if/#ifdef) is ignored on purpose: error headers define the same
// code in several branches, and the evaluator resolves each use to the nearest earlier definition.

import type { MacroDefine } from "./const-expr.ts";

export type { EvaluatedDefine, EvaluateOptions, MacroDefine } from "./const-expr.ts";
export { evaluateDefines } from "./const-expr.ts";

/**
 * Replaces comments with whitespace but keeps their newlines, so line numbers stay true.
 * String and character literals are matched first so that `"/*"` inside them is not a comment.
 */
export function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, (match) =>
    match.startsWith("/") ? match.replace(/[^\n]/g, " ") : match,
  );
}

const DEFINE_RE = /^\s*#\s*define\s+([A-Za-z_]\w*)(\([^)]*\))?(.*)$/;

/**
 * Every `#define NAME expr` and `#define NAME(params) expr` in `text`, with the 1-based line
 * where it starts. Backslash-newline continuations are joined before matching.
 */
export function parseCHeaderDefines(text: string, file: string): MacroDefine[] {
  const lines = stripComments(text).split(/\r?\n/);
  const defines: MacroDefine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const startLine = i + 1;
    let logical = lines[i] ?? "";
    while (logical.endsWith("\\") && i + 1 < lines.length) {
      logical = `${logical.slice(0, -1)} ${lines[++i] ?? ""}`;
    }
    const match = DEFINE_RE.exec(logical);
    if (!match) continue;
    const [, name = "", paramList, body = ""] = match;
    const params =
      paramList === undefined
        ? null
        : paramList
            .slice(1, -1)
            .split(",")
            .map((p) => p.trim())
            .filter((p) => p !== "");
    defines.push({ name, params, body: body.trim(), line: startLine, file });
  }
  return defines;
}
