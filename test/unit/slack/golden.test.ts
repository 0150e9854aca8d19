/**
 * Golden Block Kit JSON, one file per kind of card, in test/golden/slack/. Each file pastes into
 * Block Kit Builder (https://app.slack.com/block-kit-builder) as it is. After an intended change,
 * review the diff and run `npx vitest run test/unit/slack/golden.test.ts -u`.
 */
import { describe, expect, it } from "vitest";
import { answerToBlocks } from "../../../adapters/slack/render/answer-to-blocks.ts";
import { blockKitProblems } from "../../../adapters/slack/render/check-limits.ts";
import { LIMITS } from "../../../adapters/slack/render/limits.ts";
import { answerToModal, helpToBlocks, homeView } from "../../../adapters/slack/render/views.ts";
import type { Answer, Errdesk } from "../../../src/index.ts";
import { realErrdesk } from "../../helpers/errdesk.ts";

const file = (name: string) => `../../golden/slack/${name}.json`;
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const MESSAGES: Record<string, (e: Errdesk) => Answer> = {
  "code-compact": (e) => e.answer("Getting 0x80090311 when I RDP to the server"),
  "code-fixes": (e) => e.answerAction({ type: "fixes", value: "0x80070005", family: "hresult", lang: "en" }),
  "code-details": (e) =>
    e.answerAction({ type: "details", value: "0x80070005", family: "hresult", lang: "en" }),
  "code-related": (e) =>
    e.answerAction({ type: "related", value: "0x80090311", family: "hresult", lang: "en" }),
  "code-no-article": (e) => e.answer("0xC0000005"),
  "several-codes": (e) =>
    e.answer("0x80070005 then 0x80090311, System error 1326, 0xC0000005, 0x80004005 and finally 0x800F081F"),
  "ambiguous-0x7B": (e) => e.answer("0x7B"),
  suggestions: (e) => e.answer("can't rdp no authority could be contacted"),
  nothing: (e) => e.answer("anyone around for lunch?"),
  "spanish-compact": (e) => e.answer("0x80070005", { locale: "es-ES" }),
  "spanish-fixes": (e) => e.answerAction({ type: "fixes", value: "5", family: "win32", lang: "es" }),
  "feedback-notice": (e) =>
    e.answerAction({
      type: "feedback",
      helpful: true,
      value: "0x80070005",
      family: "hresult",
      articleId: "access-denied",
      lang: "en",
    }),
};

describe("golden Slack cards", () => {
  for (const [name, make] of Object.entries(MESSAGES)) {
    it(name, async () => {
      const { errdesk } = await realErrdesk();
      const message = answerToBlocks(make(errdesk));
      expect(blockKitProblems(message.blocks)).toEqual([]);
      await expect(json(message)).toMatchFileSnapshot(file(name));
    });
  }

  it("ephemeral answer with Share", async () => {
    const { errdesk } = await realErrdesk();
    const message = answerToBlocks(errdesk.answer("System error 1326"), { share: true });
    expect(JSON.stringify(message)).toContain('"type\\":\\"share\\"');
    await expect(json(message)).toMatchFileSnapshot(file("ephemeral-share"));
  });

  it("shortcut modal", async () => {
    const { errdesk } = await realErrdesk();
    await expect(json(answerToModal(errdesk.answer("STOP 0x000000EF")))).toMatchFileSnapshot(
      file("shortcut-modal"),
    );
  });

  it("help, en and es", async () => {
    await expect(json(helpToBlocks("en"))).toMatchFileSnapshot(file("help-en"));
    await expect(json(helpToBlocks("es"))).toMatchFileSnapshot(file("help-es"));
  });

  it("App Home", async () => {
    const recent = [
      { text: "0x80070005", result: "Error codes: 0x80070005 E_ACCESSDENIED", at: 1_700_000_000 },
      {
        text: "can't rdp no authority could be contacted",
        result: "Maybe: No authority could be contacted for authentication",
        at: 1_699_990_000,
      },
    ];
    const view = homeView("en", recent);
    expect(blockKitProblems(view.blocks, LIMITS.viewBlocks)).toEqual([]);
    await expect(json(view)).toMatchFileSnapshot(file("app-home"));
    await expect(json(homeView("es", []))).toMatchFileSnapshot(file("app-home-es-empty"));
  });
});
