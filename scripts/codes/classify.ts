// Decides whether a constant from a header is an error/status code, and of which family.
// The rules are deliberately conservative: headers are full of flags, masks and sizes that
// evaluate to numbers, and one wrong name in the catalog misleads every article that cites it.
// knowledge/codes/README.md explains each rule in prose.

export type Family = "hresult" | "win32" | "ntstatus" | "bugcheck";
export const FAMILIES: readonly Family[] = ["hresult", "win32", "ntstatus", "bugcheck"];

export interface CodeCandidate {
  source: "mingw-w64" | "winapi-rs";
  /** Path relative to the source root: `winerror.h`, `shared/winerror.rs`. */
  file: string;
  name: string;
  body: string;
  hasParams: boolean;
  value?: number;
  /** Casts and macros met while evaluating (C), e.g. "HRESULT", "_HRESULT_TYPEDEF_". */
  evidence: readonly string[];
  /** The declared Rust type; absent for C. */
  declaredType?: string;
}

/** A family, a reason to skip (counted in sources.json), or null: not a code candidate at all. */
export type Verdict = { family: Family } | { skip: string } | null;

interface Win32Header {
  /** Which names in the header are error codes; the rest are flags and sizes. */
  names: RegExp;
  /** Extra condition on the expression, for headers that mix codes and look-alike constants. */
  body?: RegExp;
}

const ANY_NAME = /./;
const WIN32_HEADERS: Record<string, Win32Header> = {
  "winerror.h": { names: ANY_NAME },
  "shared/winerror.rs": { names: ANY_NAME },
  "lmerr.h": { names: /^NERR_/ },
  "wininet.h": { names: /^ERROR_/ },
  "um/wininet.rs": { names: /^ERROR_/ },
  "winhttp.h": { names: /^ERROR_/ },
  "um/winhttp.rs": { names: /^ERROR_/ },
  // RAS and routing errors (VPN error 691, 809...) share the Win32 number space and FormatMessage.
  "raserror.h": { names: /^(ERROR|WARNING)_/ },
  "mprerror.h": { names: /^(ERROR|WARNING)_/ },
  // RPC_S_* aliases of Win32 errors (RPC_S_OK is ERROR_SUCCESS).
  "rpcnterr.h": { names: /^RPC_/ },
  // Winsock errors; winsock2.h also has WSA_WAIT_*, WSA_INFINITE... which are not errors.
  "psdk_inc/_wsa_errnos.h": { names: /^WSA/, body: /WSABASEERR/ },
  "winsock.h": { names: /^WSA/, body: /WSABASEERR|\bERROR_/ },
  "winsock2.h": { names: /^WSA/, body: /WSABASEERR|\bERROR_/ },
};

const NTSTATUS_FILES = new Set(["ntstatus.h", "shared/ntstatus.rs"]);
const BUGCHECK_FILES = new Set(["bugcodes.h", "shared/bugcodes.rs"]);

// Headers (besides the ones above) whose only purpose is error codes. In them an untyped
// 0x8xxxxxxx number is taken as an HRESULT; elsewhere it needs a code-shaped name.
const ERROR_HEADERS = new Set(
  [
    "adserr agterr cierror corerror d2derr dbdaoerr dmerror filterr fltwinerror fsrmerr mapicode",
    "mediaerr mferror nserror ntdsbmsg ntiologc oledberr rtcerr scarderr sherrors slerror sperror",
    "stierr tapi3err vfwmsgs vsserror wabcode wuerror",
  ]
    .join(" ")
    .split(" ")
    .map((name) => `${name}.h`),
);

/** Headers whose every define is looked at (and counted when skipped). */
export function isErrorHeader(file: string): boolean {
  return (
    file in WIN32_HEADERS || NTSTATUS_FILES.has(file) || BUGCHECK_FILES.has(file) || ERROR_HEADERS.has(file)
  );
}

const HRESULT_EVIDENCE = new Set([
  "HRESULT",
  "SCODE",
  "_HRESULT_TYPEDEF_",
  "MAKE_HRESULT",
  "MAKE_SCODE",
  "HRESULT_FROM_WIN32",
  "__HRESULT_FROM_WIN32",
  "HRESULT_FROM_NT",
]);

function typedAs(c: CodeCandidate): "hresult" | "ntstatus" | undefined {
  if (c.declaredType !== undefined) {
    if (c.declaredType === "HRESULT" || c.declaredType === "SCODE") return "hresult";
    return c.declaredType === "NTSTATUS" ? "ntstatus" : undefined;
  }
  if (c.evidence.some((e) => HRESULT_EVIDENCE.has(e))) return "hresult";
  return c.evidence.includes("NTSTATUS") || c.evidence.includes("_NDIS_ERROR_TYPEDEF_")
    ? "ntstatus"
    : undefined;
}

/** Names shaped like HRESULTs: `XYZ_E_FOO`, `E_FOO`, `XYZ_S_FOO`, `DIERR_FOO`, `DXGI_ERROR_FOO`. */
const CODE_NAME = /^(?:[A-Z][A-Z0-9]*_)*[ESW]_[A-Za-z0-9_]+$|^[A-Z][A-Z0-9]*ERR(?:OR)?_[A-Za-z0-9_]+$/;
// Code-shaped names with the top bit set that are not HRESULTs: TAPI's LONG error returns
// (LINEERR_ALLOCATED is 0x80000001) and triedit.h's E_FILTER_* bit flags.
const NOT_HRESULT_NAME = /^(?:LINEERR|PHONEERR|TAPIERR)_|^E_FILTER_/;

// Names that say "I am a code" so loudly that a helper-like ending cannot overrule them:
// ERROR_IMAGE_NOT_AT_BASE, WU_E_PT_SOAPCLIENT_BASE and FWP_E_INVALID_NET_MASK are real codes.
const STRONG_CODE_NAME = /^(?:ERROR|STATUS)_|(?:^|_)[ESWIF]_/;
// Range bounds that are really codes (VER_E_INNERMOST_FIRST: "innermost handler must be first").
const NOT_RANGE_BOUNDS = new Set(["VER_E_INNERMOST_FIRST"]);

// Helper constants that sit next to codes in the same headers; `weak` rules yield to code names.
const HELPER_NAMES: readonly { pattern: RegExp; reason: string; weak?: boolean }[] = [
  { pattern: /^_/, reason: "internal or header-guard name" },
  { pattern: /^FACIL(?:ITY|TIY)_/, reason: "facility number (listed in facilities.json)" },
  { pattern: /(?:^|_)SEVERITY(?:_|$)/, reason: "severity constant" },
  { pattern: /ERROR_MASK$/, reason: "bit mask" },
  { pattern: /(?:^|_)MASK$/, reason: "bit mask", weak: true },
  {
    pattern: /(?:^|_)(?:ERR)?BASE(?:ERR|END)?$|^(?:WSA|RAS|ROUTE)BASE(?:ERR|END)?$/,
    reason: "base of a numbering range (*_BASE)",
    weak: true,
  },
  {
    pattern: /(?:FIRST|LAST)$|^(?:MIN|MAX)_|_(?:MIN|MAX)$/,
    reason: "range bound (_FIRST, _LAST, MIN_, MAX_)",
  },
];

function helperReason(c: CodeCandidate): string | undefined {
  if (NOT_RANGE_BOUNDS.has(c.name)) return undefined;
  // Bug-check names are plain words (XBOX_CORRUPTED_IMAGE_BASE); only facility/severity apply.
  const strong = STRONG_CODE_NAME.test(c.name) || BUGCHECK_FILES.has(c.file);
  return HELPER_NAMES.find((h) => h.pattern.test(c.name) && !(h.weak && strong))?.reason;
}

// Where the two sources give one name different values and the Windows SDK (Microsoft's bug-check
// reference, Wine's ntstatus.h) sides with winapi-rs. The import lists any new disagreement in
// sources.json as a name conflict; add it here once the right value is known.
const KNOWN_SOURCE_ERRORS: readonly { file: string; name: string; value: number }[] = [
  // Bug check 0xDF is IMPERSONATING_WORKER_THREAD; 0xFA is HTTP_DRIVER_CORRUPTED.
  { file: "bugcodes.h", name: "IMPERSONATING_WORKER_THREAD", value: 0xfa },
  { file: "ntstatus.h", name: "STATUS_PKU2U_CERT_FAILURE", value: 0xc000042e },
  { file: "ntstatus.h", name: "STATUS_GRAPHICS_DRIVER_MISMATCH", value: 0x401e0117 },
];

const isKnownSourceError = (c: CodeCandidate): boolean =>
  KNOWN_SOURCE_ERRORS.some((e) => e.file === c.file && e.name === c.name && e.value === c.value);

export function classifyConstant(c: CodeCandidate): Verdict {
  const win32Header = WIN32_HEADERS[c.file];
  const typed = typedAs(c);
  if (!isErrorHeader(c.file) && typed === undefined && !looksLikeUntypedCode(c)) return null;
  if (win32Header && typed === undefined) {
    if (!win32Header.names.test(c.name)) return null;
    if (win32Header.body && !win32Header.body.test(c.body)) return null;
  }
  if (c.hasParams) return { skip: "macro with parameters" };
  if (c.body === "") return { skip: "empty define (header guard or feature flag)" };
  const helper = helperReason(c);
  if (helper) return { skip: helper };
  if (c.value === undefined) return { skip: "expression could not be evaluated" };
  if (isKnownSourceError(c)) return { skip: "known wrong value in the source (see classify.ts)" };
  return familyOf(c, c.value, typed, win32Header !== undefined);
}

function looksLikeUntypedCode(c: CodeCandidate): boolean {
  if (!CODE_NAME.test(c.name) || NOT_HRESULT_NAME.test(c.name)) return false;
  if (c.value === undefined) return /HRESULT|SCODE|NTSTATUS/.test(c.body);
  return isHresultShaped(c.value);
}

// An untyped number is read as an HRESULT only if its top nibble is 0x8 or 0xC (severity bit,
// no customer or reserved bits). This leaves out -1, -500 (sentinels, DISPIDs: 0xFFFFxxxx) and
// dinput.h's DIAXIS_* (0xFF05xxxx).
const isHresultShaped = (value: number): boolean => value >>> 28 === 0x8 || value >>> 28 === 0xc;

function familyOf(
  c: CodeCandidate,
  value: number,
  typed: "hresult" | "ntstatus" | undefined,
  inWin32Header: boolean,
): Verdict {
  if (NTSTATUS_FILES.has(c.file)) return { family: "ntstatus" };
  if (BUGCHECK_FILES.has(c.file)) {
    // bugcodes.mc also holds the texts of the blue screen (0x4000xxxx, 0x8000xxxx message ids).
    const severity = value >>> 28;
    return severity === 0x4 || severity === 0x8
      ? { skip: "bug-check message text id, not a stop code" }
      : { family: "bugcheck" };
  }
  if (typed) return { family: typed };
  if (value >= 0x80000000) {
    return isHresultShaped(value)
      ? { family: "hresult" }
      : { skip: "top bit set but not shaped like an HRESULT" };
  }
  if (inWin32Header && value < 0x10000) return { family: "win32" };
  return { skip: "untyped number outside the Win32 headers or range" };
}
