import type { Catalog } from "./catalog.ts";
import type { CodeFamily } from "./code-family.ts";
import { type ContextCues, readContextCues, readCuesBefore } from "./context-cues.ts";
import { ntstatusInsideOf, win32InsideOf } from "./decode-fields.ts";
import {
  BUGCHECK_PARAMETERS,
  CANDIDATE_KINDS,
  type CandidateKind,
  createMentionScanner,
} from "./mention-patterns.ts";
import { type Work, workMeter } from "./work-meter.ts";

const SCANNER = createMentionScanner();

/** Slack's message limit; anything beyond is cut, never an error. */
export const MAX_TEXT_LENGTH = 40_000;

/**
 * Misspelt names looked up per text. Each lookup compares the word with thousands of catalog
 * names (milliseconds); people misspell a name or two, and a text full of them is not a question.
 */
export const MAX_NAME_TYPO_LOOKUPS = 16;

export type MentionForm =
  | "hex"
  | "hex-bare"
  | "decimal"
  | "signed-decimal"
  | "unsigned-decimal"
  | "name"
  | "name-typo";

export interface Mention {
  /** The text as written. */
  text: string;
  start: number;
  end: number;
  form: MentionForm;
  /** The 32-bit value. */
  value: number;
  /** For symbolic names: the catalog name it resolved to (corrected for typos) and its family. */
  name?: string;
  family?: CodeFamily;
  /** Bug-check parameters written after a stop code, as 32-bit values where they are sign-extended. */
  parameters?: { text: string; value: number | undefined }[];
  cues: ContextCues;
}

const UINT32_LIMIT = 0x1_0000_0000;
const SIGN_BIT = 0x8000_0000;

/** A 0x value of up to 8 digits, or 16 digits that sign- or zero-extend a 32-bit value. */
export function hexToUint32(text: string): number | undefined {
  const digits = text.replace(/^0x/i, "").replaceAll("_", "");
  if (digits.length <= 8) return Number.parseInt(digits, 16) >>> 0;
  if (digits.length !== 16) return undefined;
  const high = digits.slice(0, 8).toUpperCase();
  const low = Number.parseInt(digits.slice(8), 16) >>> 0;
  if (high === "00000000" && low < SIGN_BIT) return low;
  if (high === "FFFFFFFF" && low >= SIGN_BIT) return low;
  return undefined;
}

/**
 * A value some source names: the catalog, an article (`alsoKnown`), or the catalog through the
 * Win32 error or NTSTATUS it wraps (0x80070422 wraps Win32 1058).
 */
function isKnownValue(value: number, catalog: Catalog, alsoKnown: (value: number) => boolean): boolean {
  if (catalog.lookupAll(value).length > 0 || alsoKnown(value)) return true;
  const inner = win32InsideOf(value) ?? ntstatusInsideOf(value);
  return inner !== undefined && catalog.lookupAll(inner).length > 0;
}

/** What one findMentions call may still spend on typo lookups, and the meter when a test measures. */
interface Budget {
  nameTypos: number;
  meter: Work | undefined;
}

/** A mention of `raw` at `start`, with the words around it read (only for candidates that stay). */
function located(text: string, raw: string, start: number, form: MentionForm, value: number): Mention {
  const end = start + raw.length;
  return { text: raw, start, end, cues: readContextCues(text, start, end), form, value };
}

function toMention(
  kind: CandidateKind,
  raw: string,
  start: number,
  text: string,
  catalog: Catalog,
  alsoKnown: (value: number) => boolean,
  budget: Budget,
): Mention | undefined {
  const end = start + raw.length;
  if (budget.meter) budget.meter.windows++;
  // Every word of a text is a name candidate; most are turned away before any window is read.
  if (kind === "name") return nameMention(raw, start, end, text, catalog, budget);
  const near = readCuesBefore(text, start);
  if (near.notAnError) return undefined;

  switch (kind) {
    case "hex": {
      const value = hexToUint32(raw);
      if (value === undefined) return undefined;
      if (
        value < SIGN_BIT &&
        !near.errorWordBefore &&
        (value === 0 || !isKnownValue(value, catalog, alsoKnown))
      ) {
        const cues = readContextCues(text, start, end);
        if (!cues.familyWeights.bugcheck) return undefined;
        return { text: raw, start, end, cues, form: "hex", value };
      }
      return located(text, raw, start, "hex", value);
    }
    case "bareHex": {
      const value = Number.parseInt(raw, 16) >>> 0;
      if (isKnownValue(value, catalog, alsoKnown) || (near.errorWordBefore && value >= SIGN_BIT)) {
        return located(text, raw, start, "hex-bare", value);
      }
      // Eight decimal digits after an error word are still a decimal number.
      return /^\d+$/.test(raw)
        ? toMention("decimal", raw, start, text, catalog, alsoKnown, budget)
        : undefined;
    }
    case "signedDecimal": {
      const n = Number(raw);
      if (n < -SIGN_BIT) return undefined;
      const value = n >>> 0;
      // A long negative number is a code on its own; "-1" only after an error word.
      const plausible = near.errorWordBefore || (raw.length >= 9 && isKnownValue(value, catalog, alsoKnown));
      if (!plausible) return undefined;
      return located(text, raw, start, "signed-decimal", value);
    }
    case "decimal": {
      const n = Number(raw);
      if (n <= 0xffff) {
        if (!near.errorWordBefore) return undefined;
        return located(text, raw, start, "decimal", n);
      }
      if (
        n >= SIGN_BIT &&
        n < UINT32_LIMIT &&
        (near.errorWordBefore || isKnownValue(n, catalog, alsoKnown))
      ) {
        return located(text, raw, start, "unsigned-decimal", n);
      }
      return undefined;
    }
  }
}

function nameMention(
  raw: string,
  start: number,
  end: number,
  text: string,
  catalog: Catalog,
  budget: Budget,
) {
  // A word without an underscore is a name only when written in capitals and long enough
  // (WSAECONNREFUSED); otherwise every English word would be looked up.
  if (!raw.includes("_") && (raw.length < 6 || raw !== raw.toUpperCase() || /^\d/.test(raw)))
    return undefined;
  const exact = catalog.byName(raw)[0];
  if (exact)
    return {
      text: raw,
      start,
      end,
      cues: readContextCues(text, start, end),
      form: "name" as const,
      value: exact.value,
      name: exact.name,
      family: exact.family,
    };
  // Typos only for names written in capitals: lower-case snake_case is usually code, not an error name.
  if (raw !== raw.toUpperCase() || !raw.includes("_")) return undefined;
  if (budget.nameTypos <= 0) return undefined;
  budget.nameTypos--;
  if (budget.meter) budget.meter.nameTypoLookups++;
  const cues = readContextCues(text, start, end);
  const similar = catalog.similarNames(raw);
  const preferred = similar.find((s) => cues.familyWeights[s.family]) ?? similar[0];
  if (!preferred) return undefined;
  return {
    text: raw,
    start,
    end,
    cues,
    form: "name-typo" as const,
    value: preferred.value,
    name: preferred.name,
    family: preferred.family,
  };
}

function readParameters(
  text: string,
  from: number,
): { list: Mention["parameters"]; end: number } | undefined {
  const match = BUGCHECK_PARAMETERS.exec(text.slice(from, from + 160));
  if (!match) return undefined;
  const list = match.slice(1).flatMap((p) => (p ? [{ text: p, value: hexToUint32(p) }] : []));
  return { list, end: from + match[0].length };
}

/**
 * Every error code mentioned in `text`, in order of appearance, with its span and the form it was
 * written in. The same value written twice is reported once, at its first appearance.
 */
export function findMentions(
  input: string,
  catalog: Catalog,
  alsoKnown: (value: number) => boolean = () => false,
): Mention[] {
  const text = input.length > MAX_TEXT_LENGTH ? input.slice(0, MAX_TEXT_LENGTH) : input;
  // One scanner for every call (compiling it costs more than reading a short message); the
  // scan below is synchronous, so resetting lastIndex is enough.
  const scanner = SCANNER;
  scanner.lastIndex = 0;
  const mentions: Mention[] = [];
  const seen = new Set<number>();
  const budget: Budget = { nameTypos: MAX_NAME_TYPO_LOOKUPS, meter: workMeter() };
  const scan = () => {
    const from = scanner.lastIndex;
    const match = scanner.exec(text);
    if (budget.meter) {
      budget.meter.scans++;
      budget.meter.scannedChars += (match ? scanner.lastIndex : text.length) - from;
    }
    return match;
  };
  let skipUntil = 0;

  for (let match = scan(); match; match = scan()) {
    const groups = match.groups ?? {};
    if (match.index < skipUntil || groups.skip !== undefined) continue;
    const kind = CANDIDATE_KINDS.find((k) => groups[k] !== undefined);
    const mention = kind && toMention(kind, match[0], match.index, text, catalog, alsoKnown, budget);
    if (!mention) continue;
    if (mention.form === "hex" && catalog.lookup("bugcheck", mention.value)) {
      if (budget.meter) budget.meter.windows++;
      const parameters = readParameters(text, mention.end);
      if (parameters) {
        mention.parameters = parameters.list;
        skipUntil = parameters.end;
      }
    }
    if (seen.has(mention.value)) continue;
    seen.add(mention.value);
    mentions.push(mention);
  }
  return mentions;
}
