/**
 * One suite, two databases: the store on SQLite and on a real PostgreSQL server (skipped, with the
 * reason in its title, when DATABASE_URL is not set). Migrations, writes, the report, event
 * claims across connections, and the clean-up.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDriver, openStore } from "../../../adapters/store/open-store.ts";
import { MIGRATIONS, migrate } from "../../../adapters/store/sql/migrations.ts";
import { createLogger, type Store } from "../../../src/index.ts";
import { BACKENDS, type FreshStore } from "../../helpers/store-backends.ts";
import { ACCESS_DENIED, asked, DAY, NO_ARTICLE, NOW, voted } from "./seed.ts";

const logger = createLogger({ level: "silent" });

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`store on ${backend.title}`, () => {
    let fresh: FreshStore;
    let store: Store;
    const window = { since: NOW - 7 * DAY, until: NOW };

    beforeEach(async () => {
      fresh = await backend.fresh();
      store = await openStore(fresh.settings, logger);
    });
    afterEach(async () => {
      await store?.close();
      await fresh?.drop();
    });

    it("runs each migration once, recording it, however often the store is opened", async () => {
      const again = await openStore(fresh.settings, logger);
      await again.close();
      const driver = openDriver(fresh.settings, logger);
      try {
        expect(await migrate(driver)).toEqual({ applied: [], unknown: [] });
        const rows = await driver.all<{ id: number }>("SELECT id FROM schema_migrations ORDER BY id");
        expect(rows.map((r) => Number(r.id))).toEqual(MIGRATIONS.map((m) => m.id));
        // A later migration is applied on the next start, the earlier ones are not run again.
        const next = { id: 99, name: "test", up: ["CREATE TABLE later_table (x INTEGER)"] };
        expect(await migrate(driver, [...MIGRATIONS, next])).toEqual({ applied: [99], unknown: [] });
        expect(await migrate(driver)).toEqual({ applied: [], unknown: [99] });
      } finally {
        await driver.close();
      }
    });

    it("migrates once when two processes start on the same database together", async () => {
      const fresh2 = await backend.fresh();
      try {
        const opened = await Promise.all([1, 2, 3].map(() => openStore(fresh2.settings, logger)));
        await Promise.all(opened.map((s) => s.close()));
        const driver = openDriver(fresh2.settings, logger);
        const rows = await driver.all("SELECT id FROM schema_migrations");
        await driver.close();
        expect(rows).toHaveLength(MIGRATIONS.length);
      } finally {
        await fresh2.drop();
      }
    });

    it("reports top errors, the writing queue, helpfulness, platforms, languages and days", async () => {
      await store.recordAnswer(asked([ACCESS_DENIED], { user: "a" }));
      await store.recordAnswer(
        asked([ACCESS_DENIED, NO_ARTICLE], { user: "b", platform: "teams", lang: "es" }),
      );
      await store.recordAnswer(asked([NO_ARTICLE], { user: "a", at: NOW - 2 * DAY }));
      await store.recordAnswer(asked([], { user: "c", text: "the printer hums" }));
      await store.recordAnswer(asked([ACCESS_DENIED], { at: NOW - 30 * DAY })); // outside the window
      await store.recordFeedback(voted(true, ACCESS_DENIED));
      const down = voted(false, ACCESS_DENIED, { platform: "teams", user: "b", lang: "es" });
      await store.recordFeedback(down);
      expect(await store.addFeedbackComment(down.feedback.id, "b", "the fix needs admin rights")).toBe(true);

      const report = await store.report(window);
      expect(report.totals).toEqual({ questions: 4, people: 3, unanswered: 3, helpful: 1, notHelpful: 1 });
      expect(report.topErrors).toEqual([
        {
          code: "0x80070005",
          family: "hresult",
          display: "0x80070005",
          name: "E_ACCESSDENIED",
          asks: 2,
          articleId: "access-denied",
        },
        {
          code: "0xC0000034",
          family: "ntstatus",
          display: "0xC0000034",
          name: "STATUS_OBJECT_NAME_NOT_FOUND",
          asks: 2,
          articleId: null,
        },
      ]);
      expect(report.writingQueue).toEqual([
        expect.objectContaining({
          code: "0xC0000034",
          name: "STATUS_OBJECT_NAME_NOT_FOUND",
          asks: 2,
          lastAsked: NOW - 1_000,
        }),
      ]);
      expect(report.unmatched).toEqual({ count: 1, samples: [{ text: "the printer hums", asks: 1 }] });
      expect(report.helpfulness).toEqual([
        {
          articleId: "access-denied",
          code: null,
          helpful: 1,
          notHelpful: 1,
          comments: ["the fix needs admin rights"],
        },
      ]);
      expect(report.byPlatform).toEqual([
        { platform: "slack", questions: 3, helpful: 1, notHelpful: 0 },
        { platform: "teams", questions: 1, helpful: 0, notHelpful: 1 },
      ]);
      expect(report.byLanguage).toEqual([
        { lang: "en", questions: 3, helpful: 1, notHelpful: 0 },
        { lang: "es", questions: 1, helpful: 0, notHelpful: 1 },
      ]);
      expect(report.daily).toEqual([
        { day: "2025-11-28", questions: 1, unanswered: 1 },
        { day: "2025-11-30", questions: 3, unanswered: 2 },
      ]);
    });

    it("counts votes on a card without an article per code", async () => {
      await store.recordFeedback(voted(false, NO_ARTICLE));
      const report = await store.report(window);
      expect(report.helpfulness).toEqual([
        { articleId: null, code: "0xC0000034", helpful: 0, notHelpful: 1, comments: [] },
      ]);
    });

    it("adds a comment once, and only to the voter's own vote", async () => {
      const vote = voted(false, ACCESS_DENIED, { user: "a" });
      await store.recordFeedback(vote);
      expect(await store.addFeedbackComment(vote.feedback.id, "someone-else", "forged")).toBe(false);
      expect(await store.addFeedbackComment("no-such-vote", "a", "lost")).toBe(false);
      expect(await store.addFeedbackComment(vote.feedback.id, "a", "first")).toBe(true);
      expect(await store.addFeedbackComment(vote.feedback.id, "a", "second")).toBe(false);
      expect((await store.report(window)).helpfulness[0]?.comments).toEqual(["first"]);
    });

    it("writes a retried record once", async () => {
      const records = asked([NO_ARTICLE]);
      await store.recordAnswer(records);
      await store.recordAnswer(records);
      expect((await store.report(window)).totals).toMatchObject({ questions: 1, unanswered: 1 });
    });

    it("lets exactly one of many concurrent claimers, on separate connections, answer an event", async () => {
      const others = await Promise.all([1, 2].map(() => openStore(fresh.settings, logger)));
      try {
        const stores = [store, ...others];
        const claims = await Promise.all(
          Array.from({ length: 30 }, (_, i) =>
            stores[i % stores.length]?.claimEvent("slack:Ev1", 60_000, NOW),
          ),
        );
        expect(claims.filter(Boolean)).toHaveLength(1);
        expect(await store.claimEvent("slack:Ev2", 60_000, NOW)).toBe(true);
      } finally {
        await Promise.all(others.map((s) => s.close()));
      }
    });

    it("frees a claim when its time to live has passed", async () => {
      expect(await store.claimEvent("teams:a1", 1_000, NOW)).toBe(true);
      expect(await store.claimEvent("teams:a1", 1_000, NOW + 999)).toBe(false);
      expect(await store.claimEvent("teams:a1", 1_000, NOW + 1_000)).toBe(true);
      expect(await store.claimEvent("teams:a1", 1_000, NOW + 1_500)).toBe(false);
    });

    it("deletes records older than the cut-off and expired claims, keeping the rest", async () => {
      await store.recordAnswer(asked([NO_ARTICLE], { at: NOW - 100 * DAY }));
      await store.recordFeedback(voted(false, ACCESS_DENIED, { at: NOW - 100 * DAY }));
      await store.recordAnswer(asked([ACCESS_DENIED], { at: NOW - DAY }));
      await store.claimEvent("old", 1_000, NOW - 10_000);
      await store.claimEvent("live", 60_000, NOW);
      expect(await store.purge(NOW - 90 * DAY, NOW)).toEqual({
        questions: 1,
        feedback: 1,
        unanswered: 2,
        claims: 1,
      });
      const all = await store.report({ since: 0, until: NOW });
      expect(all.totals).toMatchObject({ questions: 1, unanswered: 0, helpful: 0, notHelpful: 0 });
      expect(all.topErrors.map((e) => e.code)).toEqual(["0x80070005"]);
      expect(await store.claimEvent("live", 60_000, NOW)).toBe(false);
    });
  });
}
