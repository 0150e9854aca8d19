/**
 * Every card errdesk can send respects Block Kit's limits: every code of every article, in every
 * view, in English and Spanish, with and without Share, as a message and as a modal; every button
 * on those cards decodes and leads to a card that respects them too. And content far past the
 * limits is cut with "…" and a button, never sent whole.
 */
import { describe, expect, it } from "vitest";
import { decodeAction } from "../../../adapters/shared/action-payload.ts";
import { answerToBlocks } from "../../../adapters/slack/render/answer-to-blocks.ts";
import type { Block } from "../../../adapters/slack/render/blocks.ts";
import { blockKitProblems } from "../../../adapters/slack/render/check-limits.ts";
import { LIMITS } from "../../../adapters/slack/render/limits.ts";
import { answerToModal, homeView } from "../../../adapters/slack/render/views.ts";
import { type Answer, type AnswerView, formatValue, LANGUAGES } from "../../../src/index.ts";
import { realErrdesk } from "../../helpers/errdesk.ts";

const VIEWS: AnswerView[] = ["compact", "fixes", "details", "related"];

const buttonValues = (blocks: Block[]) =>
  blocks.flatMap((b) =>
    b.type === "actions"
      ? b.elements.map((e) => e.value)
      : b.type === "section" && b.accessory
        ? [b.accessory.value]
        : [],
  );

function problemsOf(answer: Answer): string[] {
  const problems: string[] = [];
  for (const share of [false, true]) {
    const message = answerToBlocks(answer, { share });
    problems.push(...blockKitProblems(message.blocks));
    if (message.text.length > LIMITS.messageText) problems.push(`text has ${message.text.length} characters`);
  }
  const modal = answerToModal(answer);
  problems.push(...blockKitProblems(modal.blocks, LIMITS.viewBlocks));
  if ((modal.title?.text.length ?? 0) > LIMITS.modalTitle) problems.push("modal title too long");
  return problems;
}

describe("every card in the knowledge base fits Block Kit", () => {
  it("every code of every article, every view, en and es, and every button on them", async () => {
    const { errdesk } = await realErrdesk();
    const problems: string[] = [];
    let cards = 0;
    const followed = new Set<string>();
    for (const lang of LANGUAGES) {
      for (const article of errdesk.knowledgeBase.articles("en")) {
        for (const code of article.codes) {
          for (const view of VIEWS) {
            const where = `${article.id} ${code.family} ${formatValue(code.value)} ${view} ${lang}`;
            const answer = errdesk.answerAction({
              type: view,
              value: formatValue(code.value),
              family: code.family,
              lang,
            });
            expect(answer.hits[0]?.article?.id, where).toBe(article.id);
            problems.push(...problemsOf(answer).map((p) => `${where}: ${p}`));
            cards++;
            for (const value of buttonValues(answerToBlocks(answer, { share: true }).blocks)) {
              const action = decodeAction(value);
              if (!action) problems.push(`${where}: button value ${value} does not decode`);
              else if (!followed.has(value)) {
                followed.add(value);
                problems.push(
                  ...problemsOf(errdesk.answerAction(action)).map((p) => `${where} → ${value}: ${p}`),
                );
              }
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(cards).toBeGreaterThan(100);
  });

  it("symptom answers and several-code answers for every article's own words", async () => {
    const { errdesk } = await realErrdesk();
    const problems: string[] = [];
    for (const lang of LANGUAGES) {
      for (const article of errdesk.knowledgeBase.articles(lang)) {
        for (const symptom of article.symptoms)
          problems.push(...problemsOf(errdesk.answer(symptom, { lang })));
        const codes = article.codes.map((c) => formatValue(c.value)).join(" and ");
        problems.push(...problemsOf(errdesk.answer(`${codes} ${article.message ?? ""}`, { lang })));
      }
    }
    expect(problems).toEqual([]);
  });

  it("the App Home view fits with a full history", () => {
    const recent = Array.from({ length: 5 }, (_, i) => ({
      text: "x".repeat(80),
      result: "y".repeat(150),
      at: 1_700_000_000 + i,
    }));
    for (const lang of LANGUAGES)
      expect(blockKitProblems(homeView(lang, recent).blocks, LIMITS.viewBlocks)).toEqual([]);
  });
});

describe("content past the limits is cut, with a way to the rest", () => {
  /** A real answer blown up far past every limit. */
  async function hugeAnswer(view: AnswerView): Promise<Answer> {
    const { errdesk } = await realErrdesk();
    const base = errdesk.answerAction({ type: view, value: "0x80070005", family: "hresult", lang: "en" });
    const hit = base.hits[0];
    const article = hit?.article;
    const top = hit?.interpretations[0];
    if (!hit || !article || !top) throw new Error("0x80070005 has no article");
    const long = (n: number) => "Long words & <angle> brackets ".repeat(n);
    const command = { shell: "powershell" as const, code: "Get-Thing -Name x\n".repeat(400) };
    return {
      ...base,
      notice: long(20),
      truncated: true,
      hits: [
        {
          ...hit,
          meaning: long(200),
          interpretations: [
            {
              ...top,
              names: Array.from({ length: 300 }, (_, i) => `E_NAME_NUMBER_${i}`),
              sources: Array.from({ length: 200 }, (_, i) => `header-${i}.h`),
            },
            ...Array.from({ length: 30 }, () => ({ ...top, family: "ntstatus" as const })),
          ],
          article: {
            ...article,
            title: long(10),
            causes: Array.from({ length: 60 }, (_, i) => ({
              title: `Cause ${i} ${long(3)}`,
              text: long(40),
            })),
            fixes: Array.from({ length: 40 }, (_, i) => ({
              title: `Fix ${i} ${long(5)}`,
              risk: "high" as const,
              riskNote: long(10),
              text: long(50),
              commands: [command, command],
            })),
            related: Array.from({ length: 80 }, (_, i) => ({
              value: formatValue(i + 1),
              display: String(i + 1),
              family: "win32" as const,
              names: [`ERROR_${"X".repeat(100)}`],
              note: long(5),
            })),
            references: Array.from({ length: 50 }, (_, i) => ({
              title: long(3),
              url: `https://example.com/${i}`,
            })),
            details: long(2000),
          },
        },
      ],
    };
  }

  for (const view of VIEWS) {
    it(`the ${view} view`, async () => {
      const answer = await hugeAnswer(view);
      expect(problemsOf(answer)).toEqual([]);
      const { blocks } = answerToBlocks(answer);
      const marker = blocks.find(
        (b) => b.type === "section" && b.text?.text === "… _Shortened to fit the card._",
      );
      expect(marker, "the … where content was cut").toBeDefined();
      if (view === "compact")
        expect(marker?.type === "section" && marker.accessory?.text.text).toBe("All causes & fixes");
      expect(
        blocks.some((b) => b.type === "actions"),
        "the card's buttons stay",
      ).toBe(true);
    });
  }

  it("a message with a hundred codes lists five and counts the rest", async () => {
    const { errdesk } = await realErrdesk();
    const text = Array.from({ length: 100 }, (_, i) => formatValue(0x80070000 + i + 1)).join(" ");
    const answer = errdesk.answer(text);
    expect(answer.hits.length).toBeGreaterThan(5);
    const { blocks } = answerToBlocks(answer);
    expect(blockKitProblems(blocks)).toEqual([]);
    expect(blocks.filter((b) => b.type === "section" && b.accessory)).toHaveLength(5);
    expect(JSON.stringify(blocks)).toContain(
      `…and ${answer.hits.length - 5} more: \`${answer.hits[5]?.value}\``,
    );
  });
});
