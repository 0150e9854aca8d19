import { describe, expect, it } from "vitest";
import { ANSWER_BOUNDS, boundAnswer } from "../../../adapters/shared/bound-answer.ts";
import { realErrdesk } from "../../helpers/errdesk.ts";

describe("boundAnswer", () => {
  it("leaves every answer the knowledge base gives as it is", async () => {
    const { errdesk } = await realErrdesk();
    for (const lang of ["en", "es"] as const) {
      for (const article of errdesk.knowledgeBase.articles(lang)) {
        const code = article.codes[0];
        if (!code) continue;
        const value = `0x${code.value.toString(16).toUpperCase().padStart(8, "0")}`;
        const answer = errdesk.answerAction({ type: "details", value, family: code.family, lang });
        expect(boundAnswer(answer), `${lang} ${article.id}`).toEqual(answer);
      }
    }
  });

  it("cuts huge texts (with …, never half a surrogate pair) and long lists, keeping every hit", async () => {
    const { errdesk } = await realErrdesk();
    const answer = errdesk.answerAction({
      type: "fixes",
      value: "0x80070005",
      family: "hresult",
      lang: "en",
    });
    const article = answer.hits[0]?.article;
    if (!article) throw new Error("no article for 0x80070005");
    const huge = `${"😀".repeat(ANSWER_BOUNDS.maxText)}`;
    const hostile = {
      ...answer,
      text: huge,
      hits: Array.from({ length: 100 }, () => ({
        ...answer.hits[0],
        article: {
          ...article,
          summary: huge,
          causes: Array.from({ length: 1_000 }, () => article.causes[0]),
        },
      })),
    } as typeof answer;
    const bounded = boundAnswer(hostile);
    expect(bounded.text.length).toBe(ANSWER_BOUNDS.maxText - 1);
    expect(bounded.text.endsWith("😀…")).toBe(true);
    expect(bounded.hits).toHaveLength(100);
    expect(bounded.hits[0]?.article?.causes).toHaveLength(ANSWER_BOUNDS.maxItems);
    expect(bounded.hits[0]?.article?.summary.length).toBeLessThanOrEqual(ANSWER_BOUNDS.maxText);
  });
});
