/** `errdesk report` as people run it (bin/errdesk.js), against a seeded store on each backend. */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../adapters/store/open-store.ts";
import { createLogger, type Report } from "../../src/index.ts";
import { BACKENDS, type FreshStore } from "../helpers/store-backends.ts";
import { ACCESS_DENIED, asked, NO_ARTICLE, voted } from "../unit/store/seed.ts";

const run = promisify(execFile);
const BIN = path.resolve("bin/errdesk.js");
const HOUR = 3_600_000;

async function report(env: Record<string, string>, ...args: string[]) {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return run(process.execPath, [BIN, "report", ...args], { env: { ...rest, NO_COLOR: "1", ...env } });
}

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`errdesk report on ${backend.title}`, () => {
    let fresh: FreshStore;

    beforeAll(async () => {
      fresh = await backend.fresh();
      const store = await openStore(fresh.settings, createLogger({ level: "silent" }));
      const now = Date.now();
      await store.recordAnswer(asked([ACCESS_DENIED], { at: now - HOUR, user: "a" }));
      await store.recordAnswer(
        asked([NO_ARTICLE], { at: now - HOUR, user: "b", platform: "teams", lang: "es" }),
      );
      await store.recordAnswer(asked([NO_ARTICLE], { at: now - 3 * 24 * HOUR, user: "a" }));
      await store.recordAnswer(asked([], { at: now - HOUR, user: "c", text: "printer hums" }));
      const down = voted(false, ACCESS_DENIED, { at: now - HOUR, platform: "teams" });
      await store.recordFeedback(down);
      await store.addFeedbackComment(down.feedback.id, "user-a", "step 2 needs admin rights");
      await store.recordFeedback(voted(true, ACCESS_DENIED, { at: now - HOUR }));
      await store.close();
    });
    afterAll(async () => fresh?.drop());

    it("prints the report as JSON: top errors, writing queue, helpfulness, platforms, languages", async () => {
      const { stdout } = await report(fresh.env, "--json");
      const json = JSON.parse(stdout) as Report;
      expect(json.totals).toEqual({ questions: 4, people: 3, unanswered: 3, helpful: 1, notHelpful: 1 });
      expect(json.topErrors.map((e) => [e.display, e.asks, e.articleId])).toEqual([
        ["0xC0000034", 2, null],
        ["0x80070005", 1, "access-denied"],
      ]);
      expect(json.writingQueue).toEqual([expect.objectContaining({ code: "0xC0000034", asks: 2 })]);
      expect(json.helpfulness).toEqual([
        {
          articleId: "access-denied",
          code: null,
          helpful: 1,
          notHelpful: 1,
          comments: ["step 2 needs admin rights"],
        },
      ]);
      expect(json.byPlatform.map((p) => p.platform)).toEqual(["slack", "teams"]);
      expect(json.byLanguage.map((l) => l.lang)).toEqual(["en", "es"]);
    });

    it("narrows the window with --since", async () => {
      const { stdout } = await report(fresh.env, "--since", "24h", "--json");
      const json = JSON.parse(stdout) as Report;
      expect(json.totals.questions).toBe(3);
      expect(json.writingQueue).toEqual([expect.objectContaining({ code: "0xC0000034", asks: 1 })]);
    });

    it("prints a readable report for people", async () => {
      const { stdout } = await report(fresh.env, "--since=30d");
      expect(stdout).toMatch(/^errdesk report · last 30d · /);
      expect(stdout).toContain(
        "4 questions from 3 people · 3 unanswered · feedback: 1 helpful, 1 not helpful (50%)",
      );
      expect(stdout).toMatch(
        /Errors without an article \(the writing queue\)\n.*\n\s+2 {2}0xC0000034 {2}STATUS_OBJECT_NAME_NOT_FOUND/,
      );
      expect(stdout).toContain("“step 2 needs admin rights”");
      expect(stdout).toContain("1 × “printer hums”");
      expect(stdout).toMatch(/By platform\n.*\n\s+slack\s+3/);
    });
  });
}

describe("errdesk report after an article is written", () => {
  let fresh: FreshStore;
  // Asked while no article explained it; knowledge/articles/en/no-logon-servers.md does now.
  const writtenSince = {
    code: "0x80090311",
    family: "hresult" as const,
    display: "0x80090311",
    name: "SEC_E_NO_AUTHENTICATING_AUTHORITY",
    articleId: null,
  };

  beforeAll(async () => {
    fresh = await (BACKENDS[0] as (typeof BACKENDS)[number]).fresh();
    const store = await openStore(fresh.settings, createLogger({ level: "silent" }));
    await store.recordAnswer(asked([writtenSince], { at: Date.now() - HOUR }));
    await store.recordAnswer(asked([NO_ARTICLE], { at: Date.now() - HOUR }));
    await store.close();
  });
  afterAll(async () => fresh?.drop());

  it("takes the code off the writing queue, and keeps the ones still without an article", async () => {
    const json = JSON.parse((await report(fresh.env, "--json")).stdout) as Report;
    expect(json.writingQueue.map((e) => e.code)).toEqual(["0xC0000034"]);
    expect(json.topErrors.map((e) => e.display).sort()).toEqual(["0x80090311", "0xC0000034"]);
  });

  it("says so, and shows the queue as recorded, when the articles cannot be read", async () => {
    const { stdout, stderr } = await report(
      { ...fresh.env, KNOWLEDGE_DIR: "/tmp/errdesk-no-such-kb" },
      "--json",
    );
    expect(stderr).toContain("the writing queue is shown as recorded");
    expect((JSON.parse(stdout) as Report).writingQueue.map((e) => e.code).sort()).toEqual([
      "0x80090311",
      "0xC0000034",
    ]);
  });
});

describe("errdesk report, when it cannot report", () => {
  it("says where it looked when there is no store yet, without creating one", async () => {
    const error = await report({ DATA_DIR: "/tmp/errdesk-no-such-dir" }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("no store at /tmp/errdesk-no-such-dir/errdesk.db"),
    });
  });

  it.each([["--since", "yesterday"], ["--since"], ["--verbose"]])(
    "refuses %j with the usage (exit 2)",
    async (...args) => {
      const error = await report({ DATA_DIR: "/tmp/errdesk-no-such-dir" }, ...args).catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 2,
        stderr: expect.stringContaining("errdesk report [--since 7d] [--json]"),
      });
    },
  );
});
