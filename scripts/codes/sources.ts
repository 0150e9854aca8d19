// Loads every constant of both sources (mingw-w64 headers, winapi-rs) as evaluated candidates.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluateDefines, type MacroDefine, parseCHeaderDefines } from "./c-header.ts";
import type { CodeCandidate } from "./classify.ts";
import { parseRustConsts, parseRustMacros, type RustConst } from "./rust-consts.ts";

export const MINGW_INCLUDE = "/usr/share/mingw-w64/include";
export const WINAPI_SRC = "/usr/share/cargo/registry/winapi-0.3.9/src";

// Read first so that, among aliases of one value, names from the core headers come first.
const MINGW_FIRST = ["winerror.h", "ntstatus.h", "bugcodes.h", "lmerr.h", "wininet.h", "winhttp.h"];
// Winsock error numbers live in a helper header included by winsock.h and winsock2.h.
const MINGW_EXTRA = ["psdk_inc/_wsa_errnos.h"];
const WINAPI_FIRST = ["shared/winerror.rs", "shared/ntstatus.rs", "shared/bugcodes.rs"];
const WINAPI_DIRS = ["shared", "um", "km"];

export function mingwFiles(): string[] {
  const rest = readdirSync(MINGW_INCLUDE)
    .filter((f) => f.endsWith(".h") && !MINGW_FIRST.includes(f))
    .sort();
  return [...MINGW_FIRST, ...rest, ...MINGW_EXTRA];
}

export function winapiFiles(): string[] {
  const all = WINAPI_DIRS.flatMap((dir) =>
    readdirSync(join(WINAPI_SRC, dir))
      .filter((f) => f.endsWith(".rs"))
      .sort()
      .map((f) => `${dir}/${f}`),
  );
  return [...WINAPI_FIRST, ...all.filter((f) => !WINAPI_FIRST.includes(f))];
}

/** Parses each header once; header text is mostly ASCII, latin1 never fails on stray bytes. */
class HeaderCache {
  private readonly defines = new Map<string, MacroDefine[]>();
  private readonly includes = new Map<string, string[]>();

  get(file: string): MacroDefine[] {
    let defines = this.defines.get(file);
    if (!defines) {
      const text = readFileSync(join(MINGW_INCLUDE, file), "latin1");
      defines = parseCHeaderDefines(text, file);
      this.defines.set(file, defines);
      const included = [...text.matchAll(/^\s*#\s*include\s*[<"]([\w./]+)[>"]/gm)].map((m) => m[1] ?? "");
      this.includes.set(
        file,
        included.filter((f) => existsSync(join(MINGW_INCLUDE, f))),
      );
    }
    return defines;
  }

  /** Every header `file` includes, directly or not (d3d.h gets MAKE_DDHRESULT from ddraw.h). */
  transitiveIncludes(file: string): string[] {
    const seen = new Set<string>([file]);
    const queue = [file];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      this.get(next);
      for (const f of this.includes.get(next) ?? []) {
        if (seen.has(f)) continue;
        seen.add(f);
        queue.push(f);
      }
    }
    seen.delete(file);
    return [...seen];
  }
}

/**
 * mingw-w64 lacks a few facilities that its own headers use (FACILITY_XPS, FACILITY_OPC);
 * winapi-rs defines them with the Windows SDK values, so they are the last fallback.
 */
function winapiFacilities(): MacroDefine[] {
  const text = readFileSync(join(WINAPI_SRC, "shared/winerror.rs"), "utf8");
  return parseRustConsts(text, "shared/winerror.rs").filter((c) => c.name.startsWith("FACILITY_"));
}

export function loadMingwCandidates(): CodeCandidate[] {
  const cache = new HeaderCache();
  const missingFacilities = winapiFacilities();
  return mingwFiles().flatMap((file) => {
    const defines = cache.get(file);
    // Only headers that mention a code-building type or macro need the (large) include closure.
    const needsIncludes = defines.some((d) => /HRESULT|SCODE|NTSTATUS/.test(d.body));
    const included = needsIncludes ? cache.transitiveIncludes(file).flatMap((f) => cache.get(f)) : [];
    // Lookups take the last definition: winerror.h wins over includes, includes over winapi-rs.
    const external = [...missingFacilities, ...included, ...cache.get("winerror.h")];
    return evaluateDefines(defines, { external }).map(
      (e): CodeCandidate => ({
        source: "mingw-w64",
        file,
        name: e.define.name,
        body: e.define.body,
        hasParams: e.define.params !== null,
        value: e.value,
        evidence: e.evidence,
      }),
    );
  });
}

export function loadWinapiCandidates(): CodeCandidate[] {
  const read = (file: string) => readFileSync(join(WINAPI_SRC, file), "utf8");
  const macros = parseRustMacros(read("macros.rs"), "macros.rs");
  const external: MacroDefine[] = [
    ...macros,
    ...parseRustConsts(read("shared/ntstatus.rs"), "shared/ntstatus.rs"),
    ...parseRustConsts(read("shared/winerror.rs"), "shared/winerror.rs"),
  ];
  return winapiFiles().flatMap((file) => {
    const consts: RustConst[] = parseRustConsts(read(file), file);
    return evaluateDefines(consts, { external }).map(
      (e, i): CodeCandidate => ({
        source: "winapi-rs",
        file,
        name: e.define.name,
        body: e.define.body,
        hasParams: false,
        value: e.value,
        evidence: e.evidence,
        declaredType: consts[i]?.type ?? "",
      }),
    );
  });
}
