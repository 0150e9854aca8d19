/**
 * One scanning regex for finding error codes in chat text. Things that look like numbers but are
 * not codes (URLs, GUIDs, IP and MAC addresses, versions, dates, times, KB numbers, phone numbers,
 * sizes, hashes, colours) come first in the alternation, so that a match starting at the same
 * place is claimed by them and skipped as a whole.
 *
 * Linear time: every alternative starts with a look-behind that fails in the middle of a token,
 * and every quantifier that can fail after consuming input is bounded, so no position is
 * re-scanned more than a constant number of times.
 */

const START = String.raw`(?<![\w.#@$%&/\\-])`;
const END = String.raw`(?![\w@]|[.:/\\-][\w])`;

const NOT_CODES = [
  String.raw`(?:\b(?:https?|ftp|file|smb|ldaps?|mailto):\/?\/?|\bwww\.)[^\s<>"'\x60]+`,
  String.raw`(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}`,
  String.raw`(?<![\w-])\{?[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\}?`,
  String.raw`(?<![\w:-])(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}(?![\w:-])`,
  String.raw`(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?:%\w{1,16})?(?![\w:])`,
  String.raw`(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?(?:\/\d{1,2})?`,
  String.raw`(?<![\w.])\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?`,
  String.raw`(?<![\w.])\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?![\w])`,
  String.raw`(?<![\w.:])\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:\s?[ap]\.?m\.?)?`,
  String.raw`(?<![\w.])v?\d{1,10}(?:\.\d{1,10}){1,6}`,
  String.raw`\bKB\s?\d{5,8}\b`,
  String.raw`(?<![\w&])#[0-9a-f]{3,8}\b`,
  String.raw`(?<![\w+])\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}(?![\w])`,
  String.raw`(?<![\w(])\(\d{2,4}\)\s?\d{3,4}[\s.-]\d{3,5}(?![\w])`,
  String.raw`(?<![\w.-])\d{3}[.-]\d{3,4}[.-]\d{4}(?![\w.-])`,
  String.raw`(?<![\w.])\d{1,12}(?:[.,]\d{1,3})?\s?(?:[kmgtp]i?b|bytes?|kbps|mbps|gbps|ms|mhz|ghz|px|%)(?![\w])`,
  String.raw`(?<![\w])(?=\d{0,64}[a-f])[0-9a-f]{9,}(?![\w])`,
  String.raw`(?<![\w])\d{11,}`,
];

const CODES = {
  /** 0x80090311, 0X80090311, 0x8009_0311, 0xFFFFFFFFC0000005 (sign-extended). */
  hex: `${START}0x[0-9a-f]{1,16}(?:_[0-9a-f]{1,8}){0,3}${END}`,
  /** 80090311, C0000005: exactly eight hex digits. */
  bareHex: `${START}[0-9a-f]{8}${END}`,
  /** -2146893039, and "exit code -1" */
  signedDecimal: String.raw`(?<![\w.#@$%&/\\-])-\d{1,10}${END}`,
  /** 5, 1326, 2148074257 */
  decimal: String.raw`${START}\d{1,10}${END}`,
  /** ERROR_ACCESS_DENIED, E_ACCESSDENIED, NERR_UnknownServer, WSAECONNREFUSED */
  name: String.raw`(?<![\w.$%&/\\-])[a-z][a-z0-9]{0,40}(?:_[a-z0-9]{1,40}){0,12}(?![\w])`,
};

export type CandidateKind = keyof typeof CODES;
export const CANDIDATE_KINDS = Object.keys(CODES) as CandidateKind[];

/** A fresh scanner each call: global regexes carry state in lastIndex. */
export function createMentionScanner(): RegExp {
  const notCodes = `(?<skip>${NOT_CODES.join("|")})`;
  const codes = CANDIDATE_KINDS.map((kind) => `(?<${kind}>${CODES[kind]})`).join("|");
  return new RegExp(`${notCodes}|${codes}`, "giu");
}

/** Up to four bug-check parameters right after a stop code: "0x0000007E (0xFFFFFFFFC0000005, 0x...)". */
export const BUGCHECK_PARAMETERS =
  /^\s{0,4}\(\s{0,4}(0x[0-9a-f]{1,16})(?:\s{0,4},\s{0,4}(0x[0-9a-f]{1,16}))?(?:\s{0,4},\s{0,4}(0x[0-9a-f]{1,16}))?(?:\s{0,4},\s{0,4}(0x[0-9a-f]{1,16}))?\s{0,4}\)/i;
