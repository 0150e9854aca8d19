/** The Insights page and its JSON over real HTTP, on a seeded store (SQLite, and PostgreSQL when set). */
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpServer, type HttpServer } from "../../adapters/http/http-server.ts";
import { openStore } from "../../adapters/store/open-store.ts";
import { createInsights } from "../../adapters/web/insights.ts";
import { type CodeArticles, createLogger, loadErrdesk, type Report, type Store } from "../../src/index.ts";
import { BACKENDS, type FreshStore } from "../helpers/store-backends.ts";
import { startTestApp } from "../helpers/test-app.ts";
import { ACCESS_DENIED, asked, DAY, NO_ARTICLE, NOW, voted } from "../unit/store/seed.ts";

const logger = createLogger({ level: "silent" });

async function serve(store: Store | undefined, articles?: () => CodeArticles) {
  const { routes } = createInsights({ store, now: () => NOW, ...(articles ? { articles } : {}) });
  const http = createHttpServer(() => routes, logger);
  const port = await http.listen(0, "127.0.0.1");
  return { http, url: `http://127.0.0.1:${port}` };
}

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`Insights on ${backend.title}`, () => {
    let fresh: FreshStore;
    let store: Store;
    let server: { http: HttpServer; url: string };

    beforeAll(async () => {
      fresh = await backend.fresh();
      store = await openStore(fresh.settings, logger);
      await store.recordAnswer(asked([ACCESS_DENIED, NO_ARTICLE], { at: NOW - DAY }));
      await store.recordAnswer(asked([NO_ARTICLE], { at: NOW - 20 * DAY }));
      await store.recordFeedback(voted(false, ACCESS_DENIED));
      server = await serve(store);
    });
    afterAll(async () => {
      await server?.http.close(1_000);
      await store?.close();
      await fresh?.drop();
    });

    it("serves the page, its script and styles, with no third-party URL", async () => {
      for (const [path, type] of [
        ["/insights", "text/html"],
        ["/static/insights.js", "text/javascript"],
        ["/static/insights.css", "text/css"],
        ["/static/base.css", "text/css"],
      ] as const) {
        const response = await fetch(`${server.url}${path}`);
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toContain(type);
        const body = await response.text();
        expect(body.match(/https?:\/\/[^\s"')]+/g) ?? []).toEqual(
          path.endsWith(".js") ? ["http://www.w3.org/2000/svg"] : [],
        );
      }
    });

    it("answers the report for the window asked, 7 days by default", async () => {
      const week = (await (await fetch(`${server.url}/api/insights`)).json()) as {
        since: string;
        report: Report;
      };
      expect(week.since).toBe("7d");
      expect(week.report.totals).toMatchObject({ questions: 1, notHelpful: 1 });
      expect(week.report.writingQueue.map((e) => [e.code, e.asks])).toEqual([["0xC0000034", 1]]);
      const month = (await (await fetch(`${server.url}/api/insights?since=30d`)).json()) as {
        report: Report;
      };
      expect(month.report.writingQueue.map((e) => [e.code, e.asks])).toEqual([["0xC0000034", 2]]);
      expect(month.report.daily).toEqual([
        { day: "2025-11-10", questions: 1, unanswered: 1 },
        { day: "2025-11-29", questions: 1, unanswered: 1 },
      ]);
    });

    it("takes a code off the writing queue once an article explains it", async () => {
      const { errdesk } = await loadErrdesk();
      // Today's knowledge base, plus an article written since for STATUS_OBJECT_NAME_NOT_FOUND.
      const articles: CodeArticles = {
        find: (family, value) =>
          family === "ntstatus" && value === 0xc0000034
            ? errdesk.knowledgeBase.find("hresult", 0x80070005)
            : errdesk.knowledgeBase.find(family, value),
        familiesOf: (value) => errdesk.knowledgeBase.familiesOf(value),
      };
      const withArticles = await serve(store, () => articles);
      try {
        const month = (await (await fetch(`${withArticles.url}/api/insights?since=30d`)).json()) as {
          report: Report;
        };
        expect(month.report.writingQueue).toEqual([]);
        expect(month.report.topErrors.map((e) => e.display)).toContain("0xC0000034");
      } finally {
        await withArticles.http.close(1_000);
      }
    });

    it("refuses a window that is not a duration", async () => {
      const response = await fetch(`${server.url}/api/insights?since=forever`);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: "since must be a duration such as 24h, 7d or 4w" });
    });
  });
}

describe("Insights without a store", () => {
  it("says so with 503", async () => {
    const server = await serve(undefined);
    try {
      const response = await fetch(`${server.url}/api/insights`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ error: "errdesk runs without a store" });
    } finally {
      await server.http.close(1_000);
    }
  });
});

describe("Insights in the running app", () => {
  it("is linked from the playground's header and served with it, not without it", async () => {
    const on = await startTestApp({ PLAYGROUND: "true" });
    const off = await startTestApp();
    try {
      expect(await (await fetch(`${on.app.url}/`)).text()).toContain('href="/insights"');
      const insights = await fetch(`${on.app.url}/api/insights?since=24h`);
      expect(insights.status).toBe(200);
      expect(await insights.json()).toMatchObject({
        since: "24h",
        store: "sqlite",
        report: { totals: { questions: 0 } },
      });
      expect((await fetch(`${off.app.url}/insights`)).status).toBe(404);
    } finally {
      await on.app.stop();
      await off.app.stop();
      await rm(on.dataDir, { recursive: true, force: true });
      await rm(off.dataDir, { recursive: true, force: true });
    }
  });
});
