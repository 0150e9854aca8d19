import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** Every .ts file below `dir`. */
export async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The module specifiers a source file imports, statically or dynamically. */
export const importsOf = (source: string) =>
  [...source.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1] ?? "");

/** `file: specifier` for every import under `dir` that `isForbidden` rejects. */
export async function forbiddenImports(dir: string, isForbidden: (spec: string, file: string) => boolean) {
  const offenders: string[] = [];
  for (const file of await sourceFiles(dir)) {
    for (const spec of importsOf(await readFile(file, "utf8")))
      if (isForbidden(spec, file)) offenders.push(`${file}: ${spec}`);
  }
  return offenders;
}
