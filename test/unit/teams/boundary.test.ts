/**
 * The Bot Framework SDK is archived upstream; moving to its successor should touch one file. Only
 * bot-framework.ts may import botbuilder or botframework-*, and the renderers stay pure (no Node
 * built-ins, no SDK) so the playground and tests can use them anywhere.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";

const TEAMS = "adapters/teams";

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.join(e.parentPath, e.name));
}

const importsOf = (source: string) =>
  [...source.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1] ?? "");

describe("Teams adapter boundaries", () => {
  it("imports botbuilder only from bot-framework.ts", async () => {
    const offenders: string[] = [];
    for (const file of await sources(TEAMS)) {
      if (file === path.join(TEAMS, "bot-framework.ts")) continue;
      for (const spec of importsOf(await readFile(file, "utf8")))
        if (/^botbuilder|^botframework/.test(spec)) offenders.push(`${file}: ${spec}`);
    }
    expect(offenders).toEqual([]);
  });

  it("keeps render/ pure: no Node built-ins, no SDK, no I/O", async () => {
    const offenders: string[] = [];
    for (const file of await sources(path.join(TEAMS, "render"))) {
      for (const spec of importsOf(await readFile(file, "utf8")))
        if (/^node:|^botbuilder|^botframework|adaptivecards/.test(spec)) offenders.push(`${file}: ${spec}`);
    }
    expect(offenders).toEqual([]);
  });

  it("imports no other platform adapter", async () => {
    const offenders: string[] = [];
    for (const file of await sources(TEAMS)) {
      for (const spec of importsOf(await readFile(file, "utf8")))
        if (/\/(slack|web|terminal)\//.test(spec)) offenders.push(`${file}: ${spec}`);
    }
    expect(offenders).toEqual([]);
  });
});
