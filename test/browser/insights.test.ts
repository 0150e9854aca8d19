/**
 * The Insights page in Debian's chromium: the chart is drawn, the tables filled, people's words
 * shown as text (never as HTML), and the period buttons reload. Skipped where chromium is missing.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpServer, type HttpServer } from "../../adapters/http/http-server.ts";
import { openStore } from "../../adapters/store/open-store.ts";
import { createInsights } from "../../adapters/web/insights.ts";
import { createLogger, type Store } from "../../src/index.ts";
import { ACCESS_DENIED, asked, DAY, NO_ARTICLE, NOW, voted } from "../unit/store/seed.ts";

const CHROMIUM = "/usr/bin/chromium";
const logger = createLogger({ level: "silent" });

describe.skipIf(!existsSync(CHROMIUM))("Insights page in chromium", () => {
  let dataDir: string;
  let store: Store;
  let http: HttpServer;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "errdesk-insights-"));
    store = await openStore({ dataDir }, logger);
    for (let d = 0; d < 6; d++) {
      for (let i = 0; i <= d; i++)
        await store.recordAnswer(asked([ACCESS_DENIED], { at: NOW - d * DAY - i }));
      if (d % 2 === 0) await store.recordAnswer(asked([NO_ARTICLE], { at: NOW - d * DAY }));
    }
    await store.recordAnswer(asked([], { at: NOW - DAY, text: "<b>printer</b> hums" }));
    const down = voted(false, ACCESS_DENIED);
    await store.recordFeedback(down);
    await store.addFeedbackComment(
      down.feedback.id,
      "user-a",
      '<img src=x onerror="window.hacked=1"> needs admin',
    );
    const { routes } = createInsights({ store, now: () => NOW });
    http = createHttpServer(() => routes, logger);
    url = `http://127.0.0.1:${await http.listen(0, "127.0.0.1")}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await http?.close(1_000);
    await store?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("draws a bar per day, fills the tables, shows comments as text, and switches periods", async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 1100 } });
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`${url}/insights`);
    await page.waitForSelector("body[data-loaded='7d']");

    // 7 days back from NOW plus today's partial day: 8 slots, the busiest 6 questions high.
    expect(await page.locator("#chart svg g[data-day]").count()).toBe(8);
    const tallest = await page
      .locator("#chart svg g[data-day='2025-11-25'] rect.answered")
      .getAttribute("height");
    expect(Number(tallest)).toBeGreaterThan(100);
    expect(
      await page.locator("#chart svg g[data-day='2025-11-26'] rect.unanswered").getAttribute("height"),
    ).not.toBe("0");

    expect(await page.locator("#queue").innerText()).toContain("STATUS_OBJECT_NAME_NOT_FOUND");
    expect(await page.locator("#top").innerText()).toMatch(
      /21\s+0x80070005\s+E_ACCESSDENIED\s+access-denied/,
    );
    expect(await page.locator("#helpfulness .comment").innerText()).toBe(
      '“<img src=x onerror="window.hacked=1"> needs admin”',
    );
    expect(await page.locator("#unmatched").innerText()).toContain("<b>printer</b> hums");
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(await page.locator("#helpfulness img").count()).toBe(0);

    await mkdir("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/insights.png", fullPage: true });

    await page.click("button[data-since='24h']");
    await page.waitForSelector("body[data-loaded='24h']");
    expect(await page.locator("#chart svg g[data-day]").count()).toBe(2);
    expect(await page.locator("button[data-since='24h']").getAttribute("aria-pressed")).toBe("true");
    expect(requests.filter((r) => !r.startsWith(url))).toEqual([]);
  });
});
