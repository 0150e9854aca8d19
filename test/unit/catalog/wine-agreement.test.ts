/**
 * The catalog is generated from mingw-w64 and winapi-rs. Wine's headers (Debian libwine-dev) are a
 * third, independent source: this test reads their literal definitions with a deliberately simple
 * parser of its own and reports how often the catalog agrees.
 */
import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { type Catalog, formatValue } from "../../../src/index.ts";
import { realErrdesk } from "../../helpers/errdesk.ts";

const WINE = "/usr/include/wine/wine/windows";
const HEADERS = ["winerror.h", "ntstatus.h", "lmerr.h"];
const haveWine = HEADERS.every((h) => existsSync(`${WINE}/${h}`));

/** `#define NAME 5`, `_HRESULT_TYPEDEF_(0x80070005)`, `((NTSTATUS) 0xC0000005)`: literals only. */
const LITERAL_DEFINE =
  /^#define\s+([A-Z][A-Za-z0-9_]+)\s+(?:_HRESULT_TYPEDEF_\(\s*|\(\(\s*(?:NTSTATUS|HRESULT|DWORD|ULONG|SCODE)\s*\)\s*)?(0x[0-9A-Fa-f]+|\d+)L?\s*\)?\)?\s*$/;

function winePairs(): { name: string; value: number; file: string }[] {
  return HEADERS.flatMap((file) =>
    readFileSync(`${WINE}/${file}`, "utf8")
      .split("\n")
      .flatMap((line) => {
        const m = LITERAL_DEFINE.exec(line.trim());
        if (!m?.[1] || !m[2] || /^(FACILITY|SEVERITY)_|_BASE$|_FIRST$|_LAST$/.test(m[1])) return [];
        return [{ name: m[1], value: Number(m[2]) >>> 0, file }];
      }),
  );
}

let catalog: Catalog;
beforeAll(async () => {
  catalog = (await realErrdesk()).errdesk.catalog;
});

describe("catalog against Wine's headers", () => {
  it.skipIf(!haveWine)("agrees on the values of names both define", () => {
    const pairs = winePairs().filter((p) => catalog.byName(p.name).length > 0);
    const disagreements = pairs.filter((p) => !catalog.byName(p.name).some((c) => c.value === p.value));
    const agreement = (pairs.length - disagreements.length) / pairs.length;
    console.info(
      `Wine agreement: ${pairs.length - disagreements.length} of ${pairs.length} (value, name) pairs (${(100 * agreement).toFixed(2)}%)` +
        (disagreements.length
          ? `\ndiffering (first 5):\n${disagreements
              .slice(0, 5)
              .map(
                (d) =>
                  `  ${d.name}: Wine ${formatValue(d.value)} (${d.file}), catalog ${catalog
                    .byName(d.name)
                    .map((c) => formatValue(c.value))
                    .join("/")}`,
              )
              .join("\n")}`
          : ""),
    );
    expect(pairs.length).toBeGreaterThanOrEqual(500);
    expect(agreement).toBeGreaterThanOrEqual(0.99);
  });

  it.skipIf(!haveWine)("knows the names Wine gives to the codes helpdesks see most", () => {
    const wine = new Map(winePairs().map((p) => [p.name, p.value]));
    for (const name of [
      "E_ACCESSDENIED",
      "ERROR_LOGON_FAILURE",
      "SEC_E_NO_AUTHENTICATING_AUTHORITY",
      "STATUS_ACCESS_VIOLATION",
      "RPC_S_SERVER_UNAVAILABLE",
    ]) {
      expect(
        catalog.byName(name).map((c) => c.value),
        name,
      ).toContain(wine.get(name));
    }
  });

  it.runIf(!haveWine)("needs Wine's headers (apt-get install -y libwine-dev); .ci/run installs them", () => {
    console.warn("skipped the Wine comparison: /usr/include/wine/wine/windows is missing");
  });
});
