/** The families of Windows error codes the catalog knows. */
export const CODE_FAMILIES = ["hresult", "win32", "ntstatus", "bugcheck"] as const;
export type CodeFamily = (typeof CODE_FAMILIES)[number];

export function isCodeFamily(value: unknown): value is CodeFamily {
  return typeof value === "string" && (CODE_FAMILIES as readonly string[]).includes(value);
}

/** The one written form every value takes across the boundary: "0x" + 8 upper-case hex digits. */
export function formatValue(value: number): string {
  return `0x${(value >>> 0).toString(16).toUpperCase().padStart(8, "0")}`;
}

/** How a person would write the value in this family: Win32 errors in decimal, the rest in hex. */
export function displayValue(family: CodeFamily, value: number): string {
  if (family === "win32") return String(value >>> 0);
  return formatValue(value);
}

/** Parses "0x8009_0311", "80090311" (hex) or "1326" (decimal) as written in articles and the catalog. */
export function parseValue(text: string): number | undefined {
  const trimmed = text.trim();
  const hex = /^0x([0-9a-f]+(?:_[0-9a-f]+)*)$/i.exec(trimmed);
  if (hex?.[1]) {
    const digits = hex[1].replaceAll("_", "");
    return digits.length <= 8 ? Number.parseInt(digits, 16) >>> 0 : undefined;
  }
  if (/^\d{1,10}$/.test(trimmed)) {
    const n = Number(trimmed);
    return n <= 0xffffffff ? n : undefined;
  }
  return undefined;
}
