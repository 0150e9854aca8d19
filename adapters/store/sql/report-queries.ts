/**
 * The report as SQL both dialects understand: GROUP BY in the database, so a long window costs a
 * few small result sets, never every row. Positional GROUP BY keeps one text for both.
 */
import { DAY_MS, type Report, type ReportQuery, utcDay } from "../../../src/index.ts";
import type { Row, SqlDriver, SqlValue } from "./driver.ts";

const WINDOW = "at >= ? AND at <= ?";
const num = (value: unknown) => Number(value ?? 0) || 0;
const str = (value: unknown) => (value === null || value === undefined ? null : String(value));
const VOTES = "COALESCE(SUM(helpful), 0) AS helpful, COALESCE(SUM(1 - helpful), 0) AS not_helpful";

/** Questions and votes counted by one column (platform, lang), merged into one list. */
async function slices(driver: SqlDriver, column: "platform" | "lang", window: SqlValue[]) {
  const asked = await driver.all(
    `SELECT ${column} AS k, COUNT(*) AS n FROM questions WHERE ${WINDOW} GROUP BY 1`,
    window,
  );
  const votes = await driver.all(
    `SELECT ${column} AS k, ${VOTES} FROM feedback WHERE ${WINDOW} GROUP BY 1`,
    window,
  );
  const by = new Map<string, { questions: number; helpful: number; notHelpful: number }>();
  const entry = (key: unknown) => {
    const k = str(key) ?? "unknown";
    const e = by.get(k) ?? { questions: 0, helpful: 0, notHelpful: 0 };
    by.set(k, e);
    return e;
  };
  for (const r of asked) entry(r.k).questions = num(r.n);
  for (const r of votes)
    Object.assign(entry(r.k), { helpful: num(r.helpful), notHelpful: num(r.not_helpful) });
  return [...by]
    .map(([key, counts]) => ({ key, ...counts }))
    .sort((a, b) => b.questions - a.questions || a.key.localeCompare(b.key));
}

const reportCode = (r: Row) => ({
  code: String(r.code),
  family: str(r.family) as Report["topErrors"][number]["family"],
  display: str(r.display) ?? String(r.code),
  name: str(r.name) ?? "",
});

export async function readReport(driver: SqlDriver, query: ReportQuery): Promise<Report> {
  const window: SqlValue[] = [query.since, query.until];
  const limit = query.limit ?? 10;
  const [asked] = await driver.all(
    `SELECT COUNT(*) AS n, COUNT(DISTINCT user_hash) AS people, COALESCE(SUM(unanswered), 0) AS unanswered
     FROM questions WHERE ${WINDOW}`,
    window,
  );
  const [votes] = await driver.all(`SELECT ${VOTES} FROM feedback WHERE ${WINDOW}`, window);
  const [unmatched] = await driver.all(
    `SELECT COUNT(*) AS n FROM unanswered WHERE reason = 'no-match' AND ${WINDOW}`,
    window,
  );

  const topErrors = await driver.all(
    `SELECT code, family, MAX(display) AS display, MAX(name) AS name, COUNT(*) AS asks, MAX(article_id) AS article_id
     FROM question_codes WHERE ${WINDOW} GROUP BY code, family ORDER BY asks DESC, code LIMIT ?`,
    [...window, limit],
  );
  const queue = await driver.all(
    `SELECT code, family, MAX(display) AS display, MAX(name) AS name, COUNT(*) AS asks, MAX(at) AS last_asked
     FROM unanswered WHERE reason = 'no-article' AND code IS NOT NULL AND ${WINDOW}
     GROUP BY code, family ORDER BY asks DESC, last_asked DESC LIMIT ?`,
    [...window, limit],
  );
  const samples = await driver.all(
    `SELECT text, COUNT(*) AS asks, MAX(at) AS last_asked FROM unanswered
     WHERE reason = 'no-match' AND text IS NOT NULL AND ${WINDOW}
     GROUP BY text ORDER BY asks DESC, last_asked DESC LIMIT ?`,
    [...window, limit],
  );
  // Votes on a card without an article are counted per code instead.
  const helpfulness = await driver.all(
    `SELECT article_id, CASE WHEN article_id IS NULL THEN code END AS code, ${VOTES}
     FROM feedback WHERE ${WINDOW} GROUP BY 1, 2 ORDER BY not_helpful DESC, helpful DESC LIMIT ?`,
    [...window, limit],
  );
  const comments = await driver.all(
    `SELECT article_id, code, comment FROM feedback WHERE comment IS NOT NULL AND ${WINDOW} ORDER BY at DESC LIMIT 200`,
    window,
  );
  const daily = await driver.all(
    `SELECT at / ${DAY_MS} AS day, COUNT(*) AS n, COALESCE(SUM(unanswered), 0) AS unanswered
     FROM questions WHERE ${WINDOW} GROUP BY 1 ORDER BY 1`,
    window,
  );

  return {
    since: query.since,
    until: query.until,
    totals: {
      questions: num(asked?.n),
      people: num(asked?.people),
      unanswered: num(asked?.unanswered),
      helpful: num(votes?.helpful),
      notHelpful: num(votes?.not_helpful),
    },
    topErrors: topErrors.map((r) => ({ ...reportCode(r), asks: num(r.asks), articleId: str(r.article_id) })),
    writingQueue: queue.map((r) => ({ ...reportCode(r), asks: num(r.asks), lastAsked: num(r.last_asked) })),
    unmatched: {
      count: num(unmatched?.n),
      samples: samples.map((r) => ({ text: String(r.text), asks: num(r.asks) })),
    },
    helpfulness: helpfulness.map((r) => {
      const articleId = str(r.article_id);
      const code = str(r.code);
      const mine = comments.filter((c) =>
        articleId ? c.article_id === articleId : !c.article_id && c.code === code,
      );
      return {
        articleId,
        code,
        helpful: num(r.helpful),
        notHelpful: num(r.not_helpful),
        comments: mine.slice(0, 3).map((c) => String(c.comment)),
      };
    }),
    byPlatform: (await slices(driver, "platform", window)).map(({ key, ...c }) => ({ platform: key, ...c })),
    byLanguage: (await slices(driver, "lang", window)).map(({ key, ...c }) => ({ lang: key, ...c })),
    daily: daily.map((r) => ({
      day: utcDay(num(r.day) * DAY_MS),
      questions: num(r.n),
      unanswered: num(r.unanswered),
    })),
  };
}
