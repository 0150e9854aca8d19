// Generates knowledge/codes/*.json from the mingw-w64 headers and winapi-rs (npm run codes:import).
// Needs the Debian packages mingw-w64-common and librust-winapi-dev; see knowledge/codes/README.md.

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildCatalog,
  type CatalogEntry,
  type FacilityTable,
  findNameConflicts,
  formatValue,
  type Occurrence,
  serializeFacilities,
  serializeFamily,
} from "./codes/catalog.ts";
import { type CodeCandidate, classifyConstant, FAMILIES, type Family } from "./codes/classify.ts";
import { loadMingwCandidates, loadWinapiCandidates, MINGW_INCLUDE, WINAPI_SRC } from "./codes/sources.ts";

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "knowledge", "codes");

const PACKAGES = [
  { name: "mingw-w64-common", source: "mingw-w64", licence: "public domain", path: MINGW_INCLUDE },
  { name: "librust-winapi-dev", source: "winapi-rs", licence: "MIT OR Apache-2.0", path: WINAPI_SRC },
] as const;

function packageVersion(name: string): string {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own field syntax.
  return execFileSync("dpkg-query", ["-W", "-f=${Version}", name], { encoding: "utf8" }).trim();
}

// Facility numbers: HRESULT ones from winerror.h, NTSTATUS ones from ntstatus.h. FACILITY_NT_BIT
// is a flag and FACILITY_MAXIMUM_VALUE a bound, not facilities; FACILTIY_MUI_ERROR_CODE is the
// SDK's own spelling.
const NOT_A_FACILITY = /_BIT$|MAXIMUM_VALUE$/;
const FACILITY_FILES: Record<string, "hresult" | "ntstatus"> = {
  "winerror.h": "hresult",
  "shared/winerror.rs": "hresult",
  "ntstatus.h": "ntstatus",
  "shared/ntstatus.rs": "ntstatus",
};
const FACILITY_NAME = /^FACIL(?:ITY|TIY)_(\w+)$/;

function collectFacilities(candidates: readonly CodeCandidate[]): FacilityTable {
  const table: FacilityTable = { hresult: new Map(), ntstatus: new Map() };
  for (const c of candidates) {
    const family = FACILITY_FILES[c.file];
    const match = FACILITY_NAME.exec(c.name);
    if (!family || !match?.[1] || c.value === undefined || c.value > 0xfff) continue;
    if (NOT_A_FACILITY.test(c.name)) continue;
    const names = table[family]?.get(c.value) ?? new Set<string>();
    names.add(match[1]);
    table[family]?.set(c.value, names);
  }
  return table;
}

function classifyAll(candidates: readonly CodeCandidate[]) {
  const occurrences: Occurrence[] = [];
  const skipped: Record<string, Record<string, number>> = {};
  candidates.forEach((c, order) => {
    const verdict = classifyConstant(c);
    if (verdict === null) return;
    if ("skip" in verdict) {
      const bySource = skipped[c.source] ?? {};
      bySource[verdict.skip] = (bySource[verdict.skip] ?? 0) + 1;
      skipped[c.source] = bySource;
      return;
    }
    occurrences.push({
      ...verdict,
      value: c.value ?? 0,
      name: c.name,
      source: c.source,
      file: c.file,
      order,
    });
  });
  return { occurrences, skipped };
}

// The values the brief and the articles lean on; a rule change that breaks one must not pass.
const SPOT_CHECKS: readonly [Family, number, string][] = [
  ["hresult", 0x80090311, "SEC_E_NO_AUTHENTICATING_AUTHORITY"],
  ["hresult", 0x80090301, "SEC_E_INVALID_HANDLE"],
  ["hresult", 0x80070005, "E_ACCESSDENIED"],
  ["hresult", 0x80072ee7, "WININET_E_NAME_NOT_RESOLVED"],
  ["win32", 0, "ERROR_SUCCESS"],
  ["win32", 0, "NO_ERROR"],
  ["win32", 5, "ERROR_ACCESS_DENIED"],
  ["win32", 1326, "ERROR_LOGON_FAILURE"],
  ["win32", 12007, "ERROR_INTERNET_NAME_NOT_RESOLVED"],
  ["ntstatus", 0xc0000022, "STATUS_ACCESS_DENIED"],
  ["ntstatus", 0xc0000005, "STATUS_ACCESS_VIOLATION"],
  ["bugcheck", 0xef, "CRITICAL_PROCESS_DIED"],
  ["bugcheck", 0x7b, "INACCESSIBLE_BOOT_DEVICE"],
];

function spotCheck(catalog: Map<Family, CatalogEntry[]>): string[] {
  const find = (family: Family, value: number) => catalog.get(family)?.find((e) => e.value === value);
  const problems = SPOT_CHECKS.filter(
    ([family, value, name]) => !find(family, value)?.names.includes(name),
  ).map(([family, value, name]) => `${family} ${formatValue(value)} lacks ${name}`);
  const first = (family: Family, value: number) => find(family, value)?.names[0];
  if (first("hresult", 0) !== "S_OK") problems.push("hresult 0 should be S_OK first");
  if (first("win32", 0) !== "ERROR_SUCCESS") problems.push("win32 0 should be ERROR_SUCCESS first");
  if (first("hresult", 0x80090311) !== "SEC_E_NO_AUTHENTICATING_AUTHORITY")
    problems.push("0x80090311 first name");
  if (!find("hresult", 0x8024402c)?.names.some((n) => n.startsWith("WU_E_")))
    problems.push("0x8024402C lacks WU_E_");
  for (const [family, entries] of catalog) {
    for (const e of entries) {
      // Real codes may end in _BASE (ERROR_IMAGE_NOT_AT_BASE, bug check XBOX_CORRUPTED_IMAGE_BASE);
      // helper bases like NERR_BASE may not.
      const isHelper = (n: string) =>
        /^FACILITY_/.test(n) ||
        (/_BASE$/.test(n) && family !== "bugcheck" && !/^(ERROR|STATUS)_|_E_/.test(n));
      const helper = e.names.filter(isHelper);
      if (helper.length > 0) problems.push(`${family} ${formatValue(e.value)} has ${helper.join(", ")}`);
    }
  }
  return problems;
}

/** nt-to-win32.json is curated by hand; each of its codes must still exist in the catalog. */
function checkNtToWin32(catalog: Map<Family, CatalogEntry[]>): string[] {
  const path = join(OUT_DIR, "nt-to-win32.json");
  if (!existsSync(path)) return [];
  const table = JSON.parse(readFileSync(path, "utf8")) as { entries: { ntstatus: string; win32: number }[] };
  const known = (family: Family, value: number) => catalog.get(family)?.some((e) => e.value === value);
  return table.entries
    .filter((row) => !known("ntstatus", Number.parseInt(row.ntstatus, 16)) || !known("win32", row.win32))
    .map((row) => `nt-to-win32.json row ${row.ntstatus} -> ${row.win32} is not in the catalog`);
}

function main(): void {
  const mingw = loadMingwCandidates();
  const winapi = loadWinapiCandidates();
  const { occurrences, skipped } = classifyAll([...mingw, ...winapi]);
  const catalog = buildCatalog(occurrences);
  const counts = Object.fromEntries(FAMILIES.map((f) => [f, catalog.get(f)?.length ?? 0]));
  const files = [...new Set(occurrences.map((o) => `${o.source}:${o.file}`))].sort();
  const conflicts = findNameConflicts(catalog);

  mkdirSync(OUT_DIR, { recursive: true });
  for (const family of FAMILIES) {
    writeFileSync(join(OUT_DIR, `${family}.json`), serializeFamily(family, catalog.get(family) ?? []));
  }
  writeFileSync(
    join(OUT_DIR, "facilities.json"),
    serializeFacilities(collectFacilities([...mingw, ...winapi])),
  );
  const sources = {
    generatedBy: "npm run codes:import (scripts/import-codes.ts)",
    packages: PACKAGES.map((p) => ({ ...p, version: packageVersion(p.name) })),
    entries: counts,
    files,
    skipped,
    nameConflicts: conflicts,
  };
  writeFileSync(join(OUT_DIR, "sources.json"), `${JSON.stringify(sources, null, 2)}\n`);

  for (const family of FAMILIES) console.log(`${family.padEnd(8)} ${counts[family]}`);
  console.log(`total    ${Object.values(counts).reduce((a, b) => a + b, 0)}`);
  if (conflicts.length > 0)
    console.log(`${conflicts.length} names belong to more than one value (sources.json)`);
  const problems = [...spotCheck(catalog), ...checkNtToWin32(catalog)];
  for (const p of problems) console.error(`spot check failed: ${p}`);
  if (problems.length > 0) process.exitCode = 1;
}

main();
