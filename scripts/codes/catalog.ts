// Merges classified constants from both sources into one catalog per family and writes the
// committed JSON files: one entry per line, sorted by value, so a regenerated diff is readable.

import type { Family } from "./classify.ts";

export type SourceName = "mingw-w64" | "winapi-rs";

/** One name of one code as found in one file. `order` is its position in that source's scan. */
export interface Occurrence {
  family: Family;
  value: number;
  name: string;
  source: SourceName;
  file: string;
  order: number;
}

export interface CatalogEntry {
  value: number;
  names: string[];
  sources: string[];
}

interface NameInfo {
  sources: Set<SourceName>;
  core: boolean;
  mingwOrder: number;
  winapiOrder: number;
}

// The header that defines each family. A name from it beats one from a side header: mingw-w64's
// winerror.h lacks most Win32 errors 600-799, where raserror.h's names would otherwise come first.
const CORE_FILES: Record<Family, readonly string[]> = {
  hresult: ["winerror.h", "shared/winerror.rs"],
  win32: ["winerror.h", "shared/winerror.rs"],
  ntstatus: ["ntstatus.h", "shared/ntstatus.rs"],
  bugcheck: ["bugcodes.h", "shared/bugcodes.rs"],
};

// winerror.h defines SEC_E_OK before S_OK; both are 0, and S_OK is the name everyone knows.
const PREFERRED_NAMES = new Set(["S_OK"]);

/** Sort keys of a name: preferred, named by more sources, from the family's own header, header order. */
const sortKeys = (name: string, info: NameInfo) => [
  PREFERRED_NAMES.has(name) ? 0 : 1,
  -info.sources.size,
  info.core ? 0 : 1,
  info.mingwOrder,
  info.winapiOrder,
];

function compareNames([nameA, a]: [string, NameInfo], [nameB, b]: [string, NameInfo]): number {
  const keysA = sortKeys(nameA, a);
  const keysB = sortKeys(nameB, b);
  for (let i = 0; i < keysA.length; i++) {
    const [ka = 0, kb = 0] = [keysA[i], keysB[i]];
    if (ka !== kb) return ka < kb ? -1 : 1;
  }
  return nameA < nameB ? -1 : 1;
}

/**
 * Groups occurrences by family and value. Aliases are ordered most canonical first: names that
 * both sources agree on, then names from the family's core header, then mingw-w64 order
 * (winerror.h and ntstatus.h are read first), then winapi-rs order.
 */
export function buildCatalog(occurrences: readonly Occurrence[]): Map<Family, CatalogEntry[]> {
  const byKey = new Map<
    string,
    { family: Family; value: number; names: Map<string, NameInfo>; files: Set<string> }
  >();
  for (const o of occurrences) {
    const key = `${o.family}:${o.value}`;
    let group = byKey.get(key);
    if (!group) {
      group = { family: o.family, value: o.value, names: new Map(), files: new Set() };
      byKey.set(key, group);
    }
    group.files.add(`${o.source}:${o.file}`);
    const info = group.names.get(o.name) ?? {
      sources: new Set(),
      core: false,
      mingwOrder: Number.POSITIVE_INFINITY,
      winapiOrder: Number.POSITIVE_INFINITY,
    };
    info.sources.add(o.source);
    info.core ||= CORE_FILES[o.family].includes(o.file);
    if (o.source === "mingw-w64") info.mingwOrder = Math.min(info.mingwOrder, o.order);
    else info.winapiOrder = Math.min(info.winapiOrder, o.order);
    group.names.set(o.name, info);
  }
  const catalog = new Map<Family, CatalogEntry[]>();
  for (const group of byKey.values()) {
    const names = [...group.names].sort(compareNames);
    const entries = catalog.get(group.family) ?? [];
    entries.push({ value: group.value, names: names.map(([n]) => n), sources: [...group.files].sort() });
    catalog.set(group.family, entries);
  }
  for (const entries of catalog.values()) entries.sort((a, b) => a.value - b.value);
  return catalog;
}

export const formatValue = (value: number): string =>
  `0x${value.toString(16).toUpperCase().padStart(8, "0")}`;

/** `{"family":"hresult","entries":[` then one entry per line, then `]}`. */
export function serializeFamily(family: Family, entries: readonly CatalogEntry[]): string {
  const lines = entries.map((e) =>
    JSON.stringify({ value: formatValue(e.value), names: e.names, sources: e.sources }),
  );
  return `{"family":${JSON.stringify(family)},"entries":[\n${lines.join(",\n")}\n]}\n`;
}

export type FacilityTable = Record<string, Map<number, Set<string>>>;

/** `{"hresult":{"7":["WIN32"],...},"ntstatus":{...}}`, one facility number per line. */
export function serializeFacilities(table: FacilityTable): string {
  const blocks = Object.entries(table).map(([family, facilities]) => {
    const lines = [...facilities]
      .sort(([a], [b]) => a - b)
      .map(([number, names]) => `${JSON.stringify(String(number))}:${JSON.stringify([...names].sort())}`);
    return `${JSON.stringify(family)}:{\n${lines.join(",\n")}\n}`;
  });
  return `{${blocks.join(",")}}\n`;
}

/** Names that belong to more than one value within one family (worth a look after each import). */
export function findNameConflicts(catalog: Map<Family, CatalogEntry[]>): string[] {
  const conflicts: string[] = [];
  for (const [family, entries] of catalog) {
    const valuesByName = new Map<string, number[]>();
    for (const e of entries)
      for (const n of e.names) valuesByName.set(n, [...(valuesByName.get(n) ?? []), e.value]);
    for (const [name, values] of valuesByName) {
      if (values.length > 1) conflicts.push(`${family} ${name}: ${values.map(formatValue).join(", ")}`);
    }
  }
  return conflicts.sort();
}
