import { type CodeFamily, formatValue } from "./code-family.ts";
import { closestNames } from "./name-similarity.ts";

/** One value in one family, with every name the headers give it. */
export interface CatalogEntry {
  family: CodeFamily;
  value: number;
  /** Most canonical first. */
  names: string[];
  /** Header files that define it, e.g. "mingw-w64:winerror.h". */
  sources: string[];
}

/** The generated files, as read from knowledge/codes/. */
export interface CatalogData {
  families: { family: CodeFamily; entries: { value: string; names: string[]; sources: string[] }[] }[];
  facilities: Partial<Record<CodeFamily, Record<string, string[]>>>;
  ntToWin32: { ntstatus: string; win32: number }[];
}

export interface NamedCode {
  family: CodeFamily;
  value: number;
  name: string;
}

export interface Catalog {
  lookup(family: CodeFamily, value: number): CatalogEntry | undefined;
  /** Every family that defines this value. */
  lookupAll(value: number): CatalogEntry[];
  /** Exact symbolic name, any case. */
  byName(name: string): NamedCode[];
  /** Names within a small edit distance, for typos such as ERROR_ACESS_DENIED. */
  similarNames(name: string): NamedCode[];
  facilityNames(family: CodeFamily, facility: number): string[];
  win32ForNtstatus(ntstatus: number): number | undefined;
  ntstatusForWin32(win32: number): number | undefined;
  /** All entries, for search indexes and lint. */
  entries(): readonly CatalogEntry[];
  size: number;
}

const key = (family: CodeFamily, value: number) => `${family}:${value >>> 0}`;

export function createCatalog(data: CatalogData): Catalog {
  const all: CatalogEntry[] = [];
  const byKey = new Map<string, CatalogEntry>();
  const byValue = new Map<number, CatalogEntry[]>();
  const names = new Map<string, NamedCode[]>();

  for (const { family, entries } of data.families) {
    for (const raw of entries) {
      const value = Number.parseInt(raw.value, 16) >>> 0;
      const entry: CatalogEntry = { family, value, names: raw.names, sources: raw.sources };
      all.push(entry);
      byKey.set(key(family, value), entry);
      byValue.set(value, [...(byValue.get(value) ?? []), entry]);
      for (const name of raw.names) {
        const upper = name.toUpperCase();
        names.set(upper, [...(names.get(upper) ?? []), { family, value, name }]);
      }
    }
  }

  const ntToWin32 = new Map<number, number>();
  const win32ToNt = new Map<number, number>();
  for (const row of data.ntToWin32) {
    const nt = Number.parseInt(row.ntstatus, 16) >>> 0;
    ntToWin32.set(nt, row.win32);
    // Several NTSTATUS values map to one Win32 error; the first listed is the usual one.
    if (!win32ToNt.has(row.win32)) win32ToNt.set(row.win32, nt);
  }
  const nameList = [...names.keys()];
  // Typos are looked for among names of the same namespace (ERROR_, STATUS_, E_) only.
  const namespace = (name: string) => name.slice(0, name.indexOf("_") + 1);
  const byNamespace = new Map<string, string[]>();
  for (const name of nameList) {
    const list = byNamespace.get(namespace(name)) ?? [];
    list.push(name);
    byNamespace.set(namespace(name), list);
  }
  const candidatesFor = (upper: string) => {
    const space = namespace(upper);
    return space ? (byNamespace.get(space) ?? []) : nameList;
  };

  return {
    lookup: (family, value) => byKey.get(key(family, value)),
    lookupAll: (value) => byValue.get(value >>> 0) ?? [],
    byName: (name) => names.get(name.toUpperCase()) ?? [],
    similarNames: (name) => {
      const upper = name.toUpperCase();
      return closestNames(upper, candidatesFor(upper)).flatMap((n) => names.get(n) ?? []);
    },
    facilityNames: (family, facility) => data.facilities[family]?.[String(facility)] ?? [],
    win32ForNtstatus: (nt) => ntToWin32.get(nt >>> 0),
    ntstatusForWin32: (win32) => win32ToNt.get(win32 >>> 0),
    entries: () => all,
    size: all.length,
  };
}

export function describeEntry(entry: CatalogEntry): string {
  return `${entry.family} ${formatValue(entry.value)} ${entry.names.join(" / ")}`;
}
