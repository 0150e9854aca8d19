/**
 * The store remembers that a code had no article when it was asked; the knowledge base knows
 * whether one has been written since. A report shows the writing queue as it stands today. Pure.
 */
import { CODE_FAMILIES, type CodeFamily } from "../codes/code-family.ts";
import type { CodeArticles } from "../codes/readings.ts";
import type { Report } from "./store-types.ts";

/** True when some article now explains `code` ("0x80070005"): in its family, or in any when unknown. */
function hasArticleNow(articles: CodeArticles, code: string, family: CodeFamily | null): boolean {
  if (!/^0x[0-9a-f]{1,8}$/i.test(code)) return false;
  const value = Number.parseInt(code.slice(2), 16) >>> 0;
  return (family ? [family] : CODE_FAMILIES).some((f) => articles.find(f, value) !== undefined);
}

/** The report with the codes an article now explains taken off its writing queue. */
export function withCurrentWritingQueue(report: Report, articles: CodeArticles): Report {
  return {
    ...report,
    writingQueue: report.writingQueue.filter((entry) => !hasArticleNow(articles, entry.code, entry.family)),
  };
}
