// A small, safe evaluator for the constant expressions found in Windows error headers.
// It never runs code: it tokenizes, expands macros by token substitution (as the C preprocessor
// does) and folds integer arithmetic. Every result is an unsigned 32-bit number, because that is
// how HRESULT, NTSTATUS, Win32 and bug-check codes are compared and printed.

import {
  applyBinary,
  BUILTIN_ARITY,
  BUILTINS,
  CAST_MASKS,
  parseNumber,
  tokenize,
  u32,
} from "./expr-primitives.ts";

/** One `#define` (or Rust `const`) ready for evaluation. `params` is null for object-like macros. */
export interface MacroDefine {
  name: string;
  params: string[] | null;
  body: string;
  line: number;
  file: string;
}

export interface EvaluatedDefine {
  define: MacroDefine;
  /** Unsigned 32-bit value, absent when the expression could not be evaluated. */
  value?: number;
  error?: string;
  /** Casts and function-like macros met while expanding, e.g. "HRESULT", "MAKE_HRESULT". */
  evidence: string[];
}

export interface EvaluateOptions {
  /** Defines from another file (winerror.h for FACILITY_*, SEVERITY_*, ERROR_*), looked up last. */
  external?: readonly MacroDefine[];
}

const MAX_EXPANSIONS = 500;

/** Resolves `name` as seen from a define at `line` of `file`: last earlier definition wins. */
type Lookup = (name: string) => MacroDefine | undefined;

class ExpressionParser {
  private pos = 0;
  private expansions = 0;
  readonly evidence = new Set<string>();

  constructor(
    private tokens: string[],
    private readonly lookup: Lookup,
  ) {}

  evaluate(): number {
    const value = this.parseBinary(0);
    if (this.pos < this.tokens.length) throw new Error(`unexpected token: ${this.tokens[this.pos]}`);
    return value;
  }

  private peek(offset = 0): string | undefined {
    return this.tokens[this.pos + offset];
  }

  private expect(token: string): void {
    if (this.tokens[this.pos] !== token) throw new Error(`expected ${token}, got ${this.peek() ?? "end"}`);
    this.pos++;
  }

  // Lowest to highest precedence, as in C.
  private static readonly LEVELS: readonly (readonly string[])[] = [
    ["|"],
    ["^"],
    ["&"],
    ["<<", ">>"],
    ["+", "-"],
    ["*", "/", "%"],
  ];

  private parseBinary(level: number): number {
    const ops = ExpressionParser.LEVELS[level];
    if (!ops) return this.parseUnary();
    let left = this.parseBinary(level + 1);
    for (let op = this.peek(); op !== undefined && ops.includes(op); op = this.peek()) {
      this.pos++;
      left = applyBinary(op, left, this.parseBinary(level + 1));
    }
    return left;
  }

  private parseUnary(): number {
    const token = this.peek();
    if (token === "-" || token === "~" || token === "+") {
      this.pos++;
      const operand = this.parseUnary();
      return token === "-" ? u32(-operand) : token === "~" ? u32(~operand) : operand;
    }
    if (token === "(") {
      const castEnd = this.castEnd();
      if (castEnd > 0) {
        const words = this.tokens.slice(this.pos + 1, castEnd);
        this.pos = castEnd + 1;
        for (const word of words) this.evidence.add(word);
        const mask = Math.min(...words.map((w) => CAST_MASKS[w] ?? 0xffffffff));
        return u32(this.parseUnary() & mask);
      }
      this.pos++;
      const value = this.parseBinary(0);
      this.expect(")");
      return value;
    }
    return this.parsePrimary();
  }

  /** If a cast like `(unsigned __LONG32)` starts here, the index of its `)`; otherwise -1. */
  private castEnd(): number {
    let i = this.pos + 1;
    while (this.tokens[i] !== undefined && CAST_MASKS[this.tokens[i] as string] !== undefined) i++;
    return i > this.pos + 1 && this.tokens[i] === ")" ? i : -1;
  }

  private parsePrimary(): number {
    const token = this.peek();
    if (token === undefined) throw new Error("unexpected end of expression");
    if (/^\d/.test(token)) {
      this.pos++;
      return parseNumber(token);
    }
    if (!/^[A-Za-z_]/.test(token)) throw new Error(`unsupported token: ${token}`);
    const builtin = BUILTINS[token];
    if (builtin && this.peek(1) === "(") return this.callBuiltin(token, builtin);
    const define = this.lookup(token);
    if (!define) throw new Error(`unknown name: ${token}`);
    if (define.params !== null && this.peek(1) !== "(")
      throw new Error(`macro used without arguments: ${token}`);
    this.expandInPlace(define);
    return this.parseUnary();
  }

  private callBuiltin(name: string, builtin: (args: number[]) => number): number {
    this.evidence.add(name);
    this.pos += 2;
    const args = [this.parseBinary(0)];
    while (this.peek() === ",") {
      this.pos++;
      args.push(this.parseBinary(0));
    }
    this.expect(")");
    const arity = BUILTIN_ARITY[name] ?? 1;
    if (args.length !== arity) throw new Error(`${name} expects ${arity} arguments`);
    return builtin(args);
  }

  /**
   * Replaces the macro use at the cursor with its body, arguments substituted token by token as
   * the preprocessor does. The body is wrapped in parentheses, which differs from C only for
   * unparenthesized bodies like `1+2` used as `X*3`; Windows headers parenthesize their bodies.
   */
  private expandInPlace(define: MacroDefine): void {
    if (++this.expansions > MAX_EXPANSIONS) throw new Error("macro expansion limit reached");
    let end = this.pos + 1;
    let body = tokenize(define.body);
    if (define.params !== null) {
      this.evidence.add(define.name);
      const { args, next } = splitArguments(this.tokens, this.pos + 1);
      if (args.length !== define.params.length && !(define.params.length === 0 && args.length === 1)) {
        throw new Error(`${define.name} expects ${define.params.length} arguments`);
      }
      const params = define.params;
      body = body.flatMap((t) => {
        const index = params.indexOf(t);
        return index >= 0 ? (args[index] ?? []) : [t];
      });
      end = next;
    }
    if (body.length === 0) throw new Error(`empty macro: ${define.name}`);
    if (body.includes("##") || body.includes("#")) throw new Error(`token pasting in ${define.name}`);
    this.tokens = [...this.tokens.slice(0, this.pos), "(", ...body, ")", ...this.tokens.slice(end)];
  }
}

function splitArguments(tokens: string[], open: number): { args: string[][]; next: number } {
  const args: string[][] = [[]];
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (t === "(" && depth++ === 0) continue;
    if (t === ")" && --depth === 0)
      return { args: args.length === 1 && args[0]?.length === 0 ? [] : args, next: i + 1 };
    if (t === "," && depth === 1) args.push([]);
    else args[args.length - 1]?.push(t);
  }
  throw new Error("unbalanced parentheses in macro call");
}

/**
 * Evaluates every define of one file. Names resolve to the last definition above the line that
 * uses them (headers redefine names in #if branches), then to any definition in the same file,
 * then to `external`.
 */
export function evaluateDefines(
  defines: readonly MacroDefine[],
  options: EvaluateOptions = {},
): EvaluatedDefine[] {
  const byName = groupByName(defines);
  const externalByName = groupByName(options.external ?? []);
  return defines.map((define) => {
    const lookup: Lookup = (name) => {
      const local = byName.get(name);
      if (local) return local.filter((d) => d.line < define.line).at(-1) ?? local[0];
      return externalByName.get(name)?.at(-1);
    };
    if (define.params !== null) return { define, error: "macro with parameters", evidence: [] };
    const parser = new ExpressionParser(tokenize(define.body), lookup);
    try {
      const value = parser.evaluate();
      return { define, value, evidence: [...parser.evidence].sort() };
    } catch (e) {
      return { define, error: (e as Error).message, evidence: [...parser.evidence].sort() };
    }
  });
}

function groupByName(defines: readonly MacroDefine[]): Map<string, MacroDefine[]> {
  const map = new Map<string, MacroDefine[]>();
  for (const d of defines) {
    const list = map.get(d.name);
    if (list) list.push(d);
    else map.set(d.name, [d]);
  }
  return map;
}
