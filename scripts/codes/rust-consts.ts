// Reads `pub const NAME: TYPE = expr;` from winapi-rs sources and rewrites each expression into the
// C-like syntax that the shared evaluator understands, so both sources are computed the same way.

import type { MacroDefine } from "./const-expr.ts";

export type { EvaluatedDefine, EvaluateOptions, MacroDefine } from "./const-expr.ts";
export { evaluateDefines } from "./const-expr.ts";

/** A Rust constant: a define plus its declared type, which is the best evidence of its family. */
export interface RustConst extends MacroDefine {
  type: string;
}

/** Removes `//` and `/* *\/` comments, keeping newlines so that line numbers stay true. */
function stripRustComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:[^"\\]|\\.)*"/g, (match) =>
    match.startsWith("/") ? match.replace(/[^\n]/g, " ") : match,
  );
}

/**
 * Rewrites a Rust constant expression into C syntax:
 * `X as u32 as i32` loses its casts (every value is read as unsigned 32-bit anyway),
 * `0x8000_0000u32` loses its separators and suffix, `MACRO!(...)` becomes `MACRO(...)`,
 * and Rust's bitwise `!x` becomes `~x`.
 */
export function rustExpressionToC(expr: string): string {
  return expr
    .replace(/\s+as\s+[A-Za-z_][\w:]*/g, "")
    .replace(/\b(0x[0-9A-Fa-f_]+|\d[\d_]*)(?:[iu](?:8|16|32|64|128|size))?\b/g, (_m, digits: string) =>
      digits.replaceAll("_", ""),
    )
    .replace(/\b([A-Za-z_]\w*)!\s*(?=\()/g, "$1")
    .replace(/!/g, "~")
    .replace(/\s+/g, " ")
    .trim();
}

const CONST_RE = /^[ \t]*pub const ([A-Za-z_]\w*)\s*:\s*([^=]+?)\s*=\s*([\s\S]*?);[ \t]*$/gm;

/** Every `pub const` of a Rust file, with the 1-based line where it starts. */
export function parseRustConsts(text: string, file: string): RustConst[] {
  const clean = stripRustComments(text);
  const consts: RustConst[] = [];
  for (const match of clean.matchAll(CONST_RE)) {
    const [, name = "", type = "", body = ""] = match;
    const line = clean.slice(0, match.index).split("\n").length;
    consts.push({ name, type: type.trim(), params: null, body: rustExpressionToC(body), line, file });
  }
  return consts;
}

const MACRO_RE = /macro_rules!\s*([A-Za-z_]\w*)\s*\{\s*\(([^)]*)\)\s*=>\s*\{([\s\S]*?)\};?\s*\}/g;

/**
 * Single-arm `macro_rules!` whose arguments are all `$x:expr` (MAKE_HRESULT!, AUDCLNT_ERR!,
 * HIDP_ERROR_CODES!), as function-like defines. Anything fancier is left out on purpose.
 */
export function parseRustMacros(text: string, file: string): MacroDefine[] {
  const clean = stripRustComments(text);
  const macros: MacroDefine[] = [];
  for (const match of clean.matchAll(MACRO_RE)) {
    const [, name = "", paramText = "", body = ""] = match;
    const params = paramText
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p !== "");
    if (!params.every((p) => /^\$\w+:expr$/.test(p)) || body.includes("=>")) continue;
    const line = clean.slice(0, match.index).split("\n").length;
    macros.push({
      name,
      params: params.map((p) => p.slice(1, p.indexOf(":"))),
      body: rustExpressionToC(body.replace(/\$(\w+)/g, "$1")),
      line,
      file,
    });
  }
  return macros;
}
