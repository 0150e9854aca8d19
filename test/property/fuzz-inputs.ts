/**
 * Hostile text for the fuzz tests: random Unicode, control characters, right-to-left text and
 * bidi overrides, lone surrogates, deeply nested Markdown and Slack/Teams markup, runs of the
 * characters the mention regexes care about, and code-like fragments. Words come from a fixed
 * dictionary (with misspellings) so symptom search, which spends milliseconds per unknown word,
 * stays cheap enough for 10,000 runs; fully random words are fuzzed with fewer runs.
 */
import fc from "fast-check";

export const SEED = 20261130;

const CODE_FRAGMENTS = [
  "0x80070005",
  "0X8009_0311",
  "0xFFFFFFFFC0000005",
  "-2146893039",
  "2148074257",
  "80090311",
  "C0000005",
  "error 5",
  "System error 1326",
  "código de error 0x80070005",
  "ERROR_ACCESS_DENIED",
  "ERROR_ACESS_DENIED",
  "STATUS_ACCESS_VIOLATION",
  "Stop code: CRITICAL_PROCESS_DIED",
  "STOP 0x0000007E (0xFFFFFFFFC0000005, 0xFFFFF8000, 0x1, 0x2)",
  "exit code -1",
  "{6F9619FF-8B86-D011-B42D-00C04FC964FF}",
  "192.168.0.1",
  "fe80::1%eth0",
  "10.0.19045.3803",
  "KB5034441",
  "2024-01-31T12:00:00Z",
  "https://example.com/0x80070005?e=5",
  "user@0x80070005.example",
  "#ff0000",
  "+1 (555) 010-0199",
  "5 MB",
  "deadbeefdeadbeefcafe",
];

const WORDS = [
  "access",
  "denied",
  "acess",
  "deniedd",
  "remote",
  "desktop",
  "rdp",
  "can't",
  "login",
  "update",
  "failed",
  "blue",
  "screen",
  "bsod",
  "printer",
  "no",
  "authority",
  "could",
  "be",
  "contacted",
  "contrasena",
  "escritorio",
  "remoto",
  "pantallazo",
  "azul",
  "acceso",
  "denegado",
  "instalar",
  "the",
  "el",
  "server",
  "servidor",
];

/** Text that reads right to left, and bidi controls that flip what follows. */
const RTL = [
  "خطأ في الوصول",
  "رمز الخطأ ٠x80070005",
  "שגיאה: הגישה נדחתה",
  "\u202E0x50070008\u202C",
  "\u202Bمرحبا 0x80070005\u202C",
  "\u200F\u200E\u2066\u2067\u2068\u2069",
  "\u061C",
];

/** C0 and C1 controls, separators, zero-width and byte-order marks, lone surrogates. */
const ODD = [
  "\u0000",
  "\u0007",
  "\b",
  "\t",
  "\r\n",
  "\u000B",
  "\u001B[31m",
  "\u007F",
  "\u0085",
  "\u2028",
  "\u2029",
  "\u200B",
  "\u200D",
  "\uFEFF",
  "\uD800",
  "\uDFFF",
  "\uFFFD",
  "\uFFFF",
  "👩🏽‍💻",
  "🇪🇸",
  "e\u0301\u0301\u0301",
  "Z̴̡̢̛̤̦̳͈̖̫̹̯͍̥̬̓̈̊͑̅͛̕͘͠a̶̧̛̗͎͓̞̹̮̿̐l̶g̵o",
];

/** Markdown and chat markup, opened `depth` times and closed again (or not). */
const NESTABLE: [string, string][] = [
  ["**", "**"],
  ["_", "_"],
  ["*", "*"],
  ["~", "~"],
  ["`", "`"],
  ["```", "```"],
  ["> ", "\n"],
  ["- ", "\n"],
  ["1. ", "\n"],
  ["# ", "\n"],
  ["[", "](http://x)"],
  ["(", ")"],
  ["<", ">"],
  ["<@U00", ">"],
  ["<!here|", ">"],
  ["<at>", "</at>"],
  ["&lt;", "&gt;"],
  ["\\", ""],
  ["{{", "}}"],
  ["<b>", "</b>"],
];

export const nestedMarkup = (maxDepth: number) =>
  fc
    .tuple(
      fc.constantFrom(...NESTABLE),
      fc.integer({ min: 1, max: maxDepth }),
      fc.boolean(),
      fc.constantFrom(...CODE_FRAGMENTS),
    )
    .map(
      ([[open, close], depth, closed, inner]) =>
        `${open.repeat(depth)}${inner}${closed ? close.repeat(depth) : ""}`,
    );

/** Runs of what the mention regexes match piece by piece. */
export const runs = (maxLength: number) =>
  fc
    .tuple(
      fc.constantFrom(
        "1",
        "a1",
        "0x",
        "_",
        ":",
        ".",
        "1.",
        "-",
        "-1",
        "a@",
        "{0",
        "error 1 ",
        "0x1_",
        "ff",
        "F",
        "ERROR_",
        "0",
        " ",
      ),
      fc.integer({ min: 1, max: maxLength }),
    )
    .map(([unit, count]) => unit.repeat(Math.ceil(count / unit.length)).slice(0, count));

const piece = (maxDepth: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 3, arbitrary: fc.constantFrom(...CODE_FRAGMENTS) },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
    { weight: 1, arbitrary: fc.constantFrom(...RTL) },
    { weight: 1, arbitrary: fc.constantFrom(...ODD) },
    { weight: 1, arbitrary: nestedMarkup(maxDepth) },
    { weight: 1, arbitrary: runs(64) },
    { weight: 2, arbitrary: fc.constantFrom(" ", "  ", "\n", "\n\n", ", ", ": ", "(", ")", ".") },
  );

/** A message of up to `maxPieces` pieces: what a fuzzed chat message looks like. */
export const hostileText = (maxPieces = 40, maxDepth = 50) =>
  fc.array(piece(maxDepth), { maxLength: maxPieces }).map((parts) => parts.join(" "));

/** About `bytes` characters of hostile text: a piece repeated, with a different one every so often. */
export const hugeText = (bytes: number) =>
  fc
    .tuple(hostileText(20, 1_000), hostileText(5), fc.integer({ min: 10, max: 1_000 }))
    .map(([filler, spice, every]) => {
      const chunk = `${`${filler} `.repeat(every - 1)}${spice || "x"}`;
      return chunk.repeat(Math.ceil(bytes / chunk.length));
    });

/** Chat messages, and now and then (one in 50) a 1 MB paste: the 10,000-case properties see both. */
export const messageOrPaste = (bytes: number) =>
  fc.oneof({ weight: 49, arbitrary: hostileText() }, { weight: 1, arbitrary: hugeText(bytes) });
