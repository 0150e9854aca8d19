import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.join(e.parentPath, e.name));
}

const importsOf = (source: string) =>
  [...source.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1] ?? "");

describe("the core stays platform-neutral", () => {
  it("src/ imports no adapter and no Slack or Teams package", async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles("src")) {
      for (const spec of importsOf(await readFile(file, "utf8"))) {
        if (/^@slack\/|^botbuilder|^botframework|adaptivecards|\/adapters\//.test(spec))
          offenders.push(`${file}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("adapters reach the core only through src/index.ts", async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles("adapters")) {
      for (const spec of importsOf(await readFile(file, "utf8"))) {
        if (/\/src\//.test(spec) && !/\/src\/index\.ts$/.test(spec)) offenders.push(`${file}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
