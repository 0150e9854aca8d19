import { readFile } from "node:fs/promises";
import path from "node:path";
import { ErrdeskError } from "../errors.ts";
import { type Catalog, type CatalogData, createCatalog } from "./catalog.ts";
import { CODE_FAMILIES } from "./code-family.ts";

async function readJson<T>(file: string): Promise<T> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch (error) {
    throw new ErrdeskError(
      "catalog-unreadable",
      file,
      `cannot read the code catalog file ${file}: ${(error as Error).message}. Regenerate it with npm run codes:import`,
    );
  }
}

/** Reads the generated catalog from `<knowledgeDir>/codes`. */
export async function loadCatalog(knowledgeDir: string): Promise<Catalog> {
  const dir = path.join(knowledgeDir, "codes");
  const families = await Promise.all(
    CODE_FAMILIES.map((family) =>
      readJson<CatalogData["families"][number]>(path.join(dir, `${family}.json`)),
    ),
  );
  const facilities = await readJson<CatalogData["facilities"]>(path.join(dir, "facilities.json"));
  const ntToWin32 = await readJson<{ entries: CatalogData["ntToWin32"] }>(path.join(dir, "nt-to-win32.json"));
  return createCatalog({ families, facilities, ntToWin32: ntToWin32.entries });
}
