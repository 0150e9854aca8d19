/** The Slack adapter's small state: channel modes on disk, recent lookups (event claims are in the store). */
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CHANNEL_MODES_FILE, loadChannelModes } from "../../../adapters/slack/channel-modes.ts";
import { createRecentLookups } from "../../../adapters/slack/recent-lookups.ts";
import { createLogger } from "../../../src/index.ts";
import { captureLogs } from "../../helpers/log-capture.ts";

describe("loadChannelModes", () => {
  let dir: string;
  const logs = captureLogs();
  const logger = createLogger({ level: "debug", destination: logs.destination });
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "errdesk-modes-"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("defaults to codes, saves atomically, and reads the file back", async () => {
    const modes = await loadChannelModes(path.join(dir, "nested"), logger);
    expect(modes.get("C00FAKECHAN1")).toBe("codes");
    await Promise.all([modes.set("C00FAKECHAN1", "mentions"), modes.set("C00FAKECHAN2", "codes")]);
    expect(await readdir(path.join(dir, "nested"))).toEqual([CHANNEL_MODES_FILE]);
    const again = await loadChannelModes(path.join(dir, "nested"), logger);
    expect(again.get("C00FAKECHAN1")).toBe("mentions");
    expect(again.get("C00FAKECHAN2")).toBe("codes");
  });

  it("logs a corrupt file, keeps it aside as .corrupt, and starts empty", async () => {
    await writeFile(path.join(dir, CHANNEL_MODES_FILE), '{"version": 1, "channels": {"C1": "loud"');
    const modes = await loadChannelModes(dir, logger);
    expect(modes.get("C1")).toBe("codes");
    const line = await logs.waitFor(
      (l) => String(l.msg).includes("channel modes file is unreadable"),
      "the error",
    );
    expect(line.level).toBe(50);
    expect(await readFile(path.join(dir, `${CHANNEL_MODES_FILE}.corrupt`), "utf8")).toContain("loud");
    await modes.set("C00FAKECHAN1", "mentions");
    expect(JSON.parse(await readFile(path.join(dir, CHANNEL_MODES_FILE), "utf8"))).toEqual({
      version: 1,
      channels: { C00FAKECHAN1: "mentions" },
    });
  });

  it("rejects set() when the file cannot be written, and still applies the mode until restart", async () => {
    const blocked = path.join(dir, "not-a-dir");
    await writeFile(blocked, "a file where the data directory should be");
    const modes = await loadChannelModes(blocked, logger);
    await expect(modes.set("C00FAKECHAN1", "mentions")).rejects.toThrow();
    expect(modes.get("C00FAKECHAN1")).toBe("mentions");
  });
});

describe("createRecentLookups", () => {
  it("keeps each user's last five questions, shortened, newest first", async () => {
    const recent = createRecentLookups(() => 1_700_000_000_000);
    const { realErrdesk } = await import("../../helpers/errdesk.ts");
    const { errdesk } = await realErrdesk();
    for (let i = 1; i <= 7; i++)
      recent.add("U1", `question ${i} ${"x".repeat(100)}\nsecond line`, errdesk.answer("0x5"));
    const list = recent.list("U1");
    expect(list).toHaveLength(5);
    expect(list[0]?.text.startsWith("question 7 ")).toBe(true);
    expect(list[0]?.text.length).toBeLessThanOrEqual(80);
    expect(list[0]?.text).not.toContain("\n");
    expect(list[0]?.at).toBe(1_700_000_000);
    expect(recent.list("U2")).toEqual([]);
  });
});
