// The building blocks of the constant-expression evaluator: tokens, number literals, casts,
// operators and the few SDK macros that are implemented rather than expanded.

// Casts that keep the value as a 32-bit integer; narrower types truncate.
export const CAST_MASKS: Record<string, number> = {
  HRESULT: 0xffffffff,
  NTSTATUS: 0xffffffff,
  SCODE: 0xffffffff,
  ULONG: 0xffffffff,
  LONG: 0xffffffff,
  DWORD: 0xffffffff,
  UINT: 0xffffffff,
  INT: 0xffffffff,
  int: 0xffffffff,
  long: 0xffffffff,
  unsigned: 0xffffffff,
  signed: 0xffffffff,
  __LONG32: 0xffffffff,
  NDIS_STATUS: 0xffffffff,
  RPC_STATUS: 0xffffffff,
  WORD: 0xffff,
  USHORT: 0xffff,
  short: 0xffff,
  BYTE: 0xff,
  UCHAR: 0xff,
};

export const u32 = (n: number): number => n >>> 0;
const makeHresult = (sev: number, fac: number, code: number): number => u32((sev << 31) | (fac << 16) | code);
const hresultFromWin32 = (x: number): number => ((x | 0) <= 0 ? u32(x) : u32((x & 0xffff) | 0x80070000));

// Macros whose real definitions use token pasting (`x ## l`) or the ternary operator; their
// meaning is fixed by the Windows SDK, so they are implemented here rather than expanded.
export const BUILTINS: Record<string, (args: number[]) => number> = {
  __MSABI_LONG: ([x = 0]) => u32(x),
  _HRESULT_TYPEDEF_: ([x = 0]) => u32(x),
  _NDIS_ERROR_TYPEDEF_: ([x = 0]) => u32(x),
  MAKE_HRESULT: ([s = 0, f = 0, c = 0]) => makeHresult(s, f, c),
  MAKE_SCODE: ([s = 0, f = 0, c = 0]) => makeHresult(s, f, c),
  HRESULT_FROM_WIN32: ([x = 0]) => hresultFromWin32(x),
  __HRESULT_FROM_WIN32: ([x = 0]) => hresultFromWin32(x),
  HRESULT_FROM_NT: ([x = 0]) => u32(x | 0x10000000),
};
export const BUILTIN_ARITY: Record<string, number> = { MAKE_HRESULT: 3, MAKE_SCODE: 3 };

const TOKEN_RE =
  /\s*(0[xX][0-9a-fA-F]+(?:[uUlL]*|u?i64)|\d+(?:[uUlL]*|u?i64)|[A-Za-z_]\w*|<<|>>|##|[()+\-|&^~*/%,]|"(?:[^"\\]|\\.)*"|\S)/y;

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m?.[1]; m = TOKEN_RE.exec(text)) tokens.push(m[1]);
  return tokens;
}

export function parseNumber(token: string): number {
  const digits = token.replace(/(?:[uUlL]+|u?i64)$/, "");
  const n = /^0[xX]/.test(digits)
    ? Number.parseInt(digits.slice(2), 16)
    : /^0\d/.test(digits)
      ? Number.parseInt(digits, 8)
      : Number.parseInt(digits, 10);
  if (!Number.isFinite(n) || n > 0xffffffff) throw new Error(`number out of 32-bit range: ${token}`);
  return n;
}

export function applyBinary(op: string, a: number, b: number): number {
  switch (op) {
    case "|":
      return u32(a | b);
    case "^":
      return u32(a ^ b);
    case "&":
      return u32(a & b);
    case "<<":
      return u32(a << b);
    case ">>":
      return a >>> b;
    case "+":
      return u32(a + b);
    case "-":
      return u32(a - b);
    case "*":
      return u32(Math.imul(a, b));
    default:
      if (b === 0) throw new Error("division by zero");
      return u32(op === "/" ? Math.floor(a / b) : a % b);
  }
}
