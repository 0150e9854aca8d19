/**
 * The Teams app manifest and package: schema 1.22, the bot in all three scopes with its command
 * list, the search command the bot answers, icons of the sizes Teams requires (read from the PNG
 * headers), and `npm run teams:package` producing a zip with the three files at its root.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import * as zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { SEARCH_COMMAND_ID, SEARCH_PARAMETER } from "../../../adapters/teams/messaging-extension.ts";
import {
  buildTeamsPackage,
  MANIFEST_DIR,
  PACKAGE_FILES,
  PLACEHOLDER_ID,
  readManifestTemplate,
} from "../../../adapters/teams/packaging/build-package.ts";
import { crc32 } from "../../../adapters/teams/packaging/crc32.ts";
import { drawColorIcon, drawOutlineIcon } from "../../../adapters/teams/packaging/icons.ts";
import { readPngHeader } from "../../../adapters/teams/packaging/png.ts";
import { readZip } from "./zip-reader.ts";

interface Manifest {
  $schema: string;
  manifestVersion: string;
  id: string;
  name: { short: string };
  description: { short: string };
  bots: { botId: string; scopes: string[]; commandLists: { commands: { title: string }[] }[] }[];
  composeExtensions: { botId: string; commands: unknown[] }[];
  validDomains: string[];
}

const APP_ID = "0b3c5f2e-1a2b-4c3d-8e9f-0123456789ab";
const run = promisify(execFile);
const SCRIPT = path.resolve("adapters/teams/package-app.ts");
const TSX = path.resolve("node_modules/tsx/dist/cli.mjs");

describe("Teams app manifest", () => {
  it("uses schema 1.22 and declares the bot and the search command with a placeholder id", async () => {
    const m = (await readManifestTemplate()) as unknown as Manifest;
    expect(m.$schema).toBe(
      "https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json",
    );
    expect(m.manifestVersion).toBe("1.22");
    expect(m.id).toBe(PLACEHOLDER_ID);
    expect(m.name.short.length).toBeLessThanOrEqual(30);
    expect(m.description.short.length).toBeLessThanOrEqual(80);
    expect(m.bots).toEqual([
      expect.objectContaining({ botId: PLACEHOLDER_ID, scopes: ["personal", "team", "groupchat"] }),
    ]);
    const commands = m.bots.flatMap((bot) => bot.commandLists.flatMap((list) => list.commands));
    expect(commands.length).toBeGreaterThan(0);
    for (const c of commands) expect(c.title.length).toBeLessThanOrEqual(32);
    const [extension] = m.composeExtensions;
    expect(extension?.botId).toBe(PLACEHOLDER_ID);
    const search = extension?.commands[0];
    expect(search).toMatchObject({
      id: SEARCH_COMMAND_ID,
      type: "query",
      parameters: [{ name: SEARCH_PARAMETER }],
    });
    expect(m.validDomains).toEqual(expect.any(Array));
  });

  it("ships a 192×192 colour icon and a 32×32 transparent outline icon, as drawn by icons.ts", async () => {
    const color = await readFile(path.join(MANIFEST_DIR, "color.png"));
    const outline = await readFile(path.join(MANIFEST_DIR, "outline.png"));
    expect(readPngHeader(color)).toMatchObject({ width: 192, height: 192 });
    expect(readPngHeader(outline)).toEqual({ width: 32, height: 32, colorType: 6 });
    expect(color.equals(drawColorIcon())).toBe(true);
    expect(outline.equals(drawOutlineIcon())).toBe(true);
  });
});

describe("teams:package", () => {
  it("zips manifest.json and both icons at the root, with the bot id and public host filled in", async () => {
    const { zip } = await buildTeamsPackage({
      appId: APP_ID,
      publicUrl: new URL("https://errdesk.contoso.com"),
    });
    const files = readZip(zip);
    expect(files.map((f) => f.name)).toEqual([...PACKAGE_FILES]);
    for (const f of files) expect(crc32(f.data)).toBe(f.crc);
    if ("crc32" in zlib)
      for (const f of files) expect((zlib as { crc32(d: Buffer): number }).crc32(f.data)).toBe(f.crc);
    const manifest = JSON.parse(files[0]?.data.toString("utf8") ?? "{}");
    expect(manifest).toMatchObject({
      id: APP_ID,
      bots: [{ botId: APP_ID }],
      composeExtensions: [{ botId: APP_ID }],
      validDomains: ["errdesk.contoso.com"],
    });
    expect(files[1]?.data.equals(await readFile(path.join(MANIFEST_DIR, "color.png")))).toBe(true);
  });

  it("writes build/errdesk-teams.zip when run with MICROSOFT_APP_ID", async () => {
    const cwd = await mkdtemp(path.join(tmpdir(), "errdesk-teams-package-"));
    const { stdout } = await run(process.execPath, [TSX, SCRIPT], {
      cwd,
      env: { PATH: process.env.PATH, MICROSOFT_APP_ID: APP_ID },
    });
    expect(stdout).toContain("build/errdesk-teams.zip");
    const files = readZip(await readFile(path.join(cwd, "build", "errdesk-teams.zip")));
    expect(files.map((f) => f.name)).toEqual([...PACKAGE_FILES]);
  });

  it("stops with exit code 2 and says what to set when MICROSOFT_APP_ID is missing or not a GUID", async () => {
    const cwd = await mkdtemp(path.join(tmpdir(), "errdesk-teams-package-"));
    for (const [env, message] of [
      [{}, /MICROSOFT_APP_ID is missing/],
      [{ MICROSOFT_APP_ID: "my-bot" }, /MICROSOFT_APP_ID=my-bot is not a GUID/],
    ] as const) {
      const failure = await run(process.execPath, [TSX, SCRIPT], {
        cwd,
        env: { PATH: process.env.PATH, ...env },
      }).catch((e: { code: number; stderr: string }) => e);
      expect(failure).toMatchObject({ code: 2, stderr: expect.stringMatching(message) });
    }
  });
});
