/**
 * Words around a mention that say which family a number belongs to ("stop code" → bug check,
 * "system error" → Win32) and whether a bare small number is an error at all. English and Spanish.
 * Each check looks at a fixed-size window, so finding mentions stays linear in the text.
 */
import type { CodeFamily } from "./code-family.ts";

const WINDOW_BEFORE = 48;
const WINDOW_AFTER = 24;

/** Accent-free lower case, so "código" and "codigo" match alike. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/**
 * An error-ish word right before a number: "error 5", "System error 1326", "Win32 error: 1603",
 * "exit code 1603", "código de error 5", "returned 1603", "STOP 0x7B".
 */
const ERROR_WORD_BEFORE =
  /(?:\berror(?:es)?(?: code| number| no\.?| #| del sistema| de sistema| de windows| de acceso remoto)?|\berr|\bcode|\bcodigo(?: de error| de salida| de detencion)?|\bstatus(?: code)?|\bestado|\bexit(?: code| status)?|\breturn(?:ed| code| value)?|\bresult(?: code)?|\bdevolvio|\bdevuelve|\bretorna|\breturns|\bfail(?:s|ed)? with|\bfall(?:a|o) con|\bterminated with|\bstop(?: code| error)?|\bbsod|\bbug ?check(?: code)?|\bwinerror|\bhresult|\bntstatus|\bhelpmsg|\b\w*exception|\berrno|\[sc\] \w+ failed|\bsocket error(?: #)?|\berror de socket|\bwsa\w*)\s*(?:[:#=]|\bis\b|\bwas\b|\bes\b)?\s*\(?$/;

/** Words before that make a number an HTTP status or something else that is not a Windows error. */
const NOT_AN_ERROR_BEFORE =
  /\b(?:http|https|smtp|ftp|port|puerto|line|linea|page|pagina|step|paso)\b[^.\n]{0,12}$/;

const FAMILY_CUES: { family: CodeFamily; pattern: RegExp; weight: number }[] = [
  {
    family: "bugcheck",
    pattern:
      /\b(?:stop|bsod|blue ?screen|bug ?check|bugcheck|crash dump|minidump|pantall(?:azo|a) azul|codigo de detencion|detencion|windbg|kernel panic)\b/,
    weight: 8,
  },
  {
    family: "win32",
    pattern:
      /\b(?:system error|win32|error del sistema|error de sistema|net helpmsg|getlasterror|last error|msi|msiexec|installer|instalador|exit code|codigo de salida|dos error)\b/,
    weight: 4,
  },
  { family: "ntstatus", pattern: /\b(?:ntstatus|status_|nt status|kernel|driver|controlador)\b/, weight: 3 },
  { family: "hresult", pattern: /\b(?:hresult|exception|excepcion|com object)\b/, weight: 2 },
];

export interface ContextCues {
  /** An error-ish word right before the mention. */
  errorWordBefore: boolean;
  /** Words that make a bare number something other than a Windows error. */
  notAnError: boolean;
  /** Extra rank per family from the surrounding words. */
  familyWeights: Partial<Record<CodeFamily, number>>;
  /** Folded words around the mention, for article-specific context words ("update", "boot"). */
  window: string;
}

/** Only the words before: enough to turn most candidates in a log away before the full read. */
export function readCuesBefore(
  text: string,
  start: number,
): Pick<ContextCues, "errorWordBefore" | "notAnError"> {
  const before = foldText(text.slice(Math.max(0, start - WINDOW_BEFORE), start));
  return {
    errorWordBefore: ERROR_WORD_BEFORE.test(before),
    notAnError: NOT_AN_ERROR_BEFORE.test(before),
  };
}

export function readContextCues(text: string, start: number, end: number): ContextCues {
  const before = foldText(text.slice(Math.max(0, start - WINDOW_BEFORE), start));
  const after = foldText(text.slice(end, end + WINDOW_AFTER));
  const window = `${before} ${after}`;
  const familyWeights: Partial<Record<CodeFamily, number>> = {};
  for (const cue of FAMILY_CUES) {
    if (cue.pattern.test(window)) familyWeights[cue.family] = cue.weight;
  }
  return {
    errorWordBefore: ERROR_WORD_BEFORE.test(before),
    notAnError: NOT_AN_ERROR_BEFORE.test(before),
    familyWeights,
    window,
  };
}
