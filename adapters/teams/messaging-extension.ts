/**
 * The search command of the messaging extension: a query lists matching codes or articles as
 * previews; selecting one inserts the full Adaptive Card. Both answer synchronously in the invoke's
 * HTTP response, which Teams waits 5 s for; answering is pure computation, well under that.
 * @see https://learn.microsoft.com/microsoftteams/platform/messaging-extensions/how-to/search-commands/respond-to-search
 */
import {
  type Answer,
  chooseLanguage,
  displayValue,
  type Errdesk,
  formatValue,
  type Language,
} from "../../src/index.ts";
import { decodeAction } from "../shared/action-payload.ts";
import { ADAPTIVE_CARD, localeOf, type TeamsActivity } from "./activity.ts";
import type { InvokeResult } from "./bot-framework.ts";
import { answerToAdaptiveCard } from "./render/answer-to-card.ts";
import { CARD_DATA_KEY } from "./render/elements.ts";
import { answerToSearchResults, THUMBNAIL_CARD } from "./render/search-results.ts";

/** Must match composeExtensions[0].commands[0] in manifest/manifest.json. */
export const SEARCH_COMMAND_ID = "searchErrors";
export const SEARCH_PARAMETER = "searchText";
const DEFAULT_COUNT = 25;

const composeResult = (attachments: unknown[]): InvokeResult => ({
  status: 200,
  body: { composeExtension: { type: "result", attachmentLayout: "list", attachments } },
});

const composeMessage = (text: string): InvokeResult => ({
  status: 200,
  body: { composeExtension: { type: "message", text } },
});

/** Before the user types (initialRun), list every article, like a table of contents. */
function browseAnswer(errdesk: Errdesk, lang: Language): Answer {
  const suggestions = errdesk.knowledgeBase.articles(lang).map((a) => ({
    articleId: a.id,
    title: a.title,
    codes: a.codes.map((c) => formatValue(c.value)),
    displayCodes: a.codes.map((c) => displayValue(c.family, c.value)),
    score: 1,
  }));
  return { kind: "suggestions", lang, view: "compact", text: "", hits: [], suggestions, truncated: false };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function answerSearchQuery(activity: TeamsActivity, errdesk: Errdesk): InvokeResult {
  // `value` is the client's: anything in it may be missing or of another type.
  const value = isRecord(activity.value) ? activity.value : {};
  if (value.commandId !== SEARCH_COMMAND_ID) return { status: 400, body: { error: "unknown command" } };
  const parameters = Array.isArray(value.parameters) ? value.parameters.filter(isRecord) : [];
  const param =
    parameters.find((p) => p.name === SEARCH_PARAMETER) ?? parameters.find((p) => p.name !== "initialRun");
  const text = typeof param?.value === "string" ? param.value.trim() : "";
  const locale = localeOf(activity);
  const context = locale ? { locale } : {};
  const answer = text
    ? errdesk.answer(text, context)
    : browseAnswer(errdesk, chooseLanguage({ ...context, text: "" }));
  if (answer.kind === "nothing") return composeMessage(answer.text);
  const options = isRecord(value.queryOptions) ? value.queryOptions : {};
  const skip = Math.max(0, Math.floor(Number(options.skip)) || 0);
  const count = Math.max(1, Math.floor(Number(options.count)) || DEFAULT_COUNT);
  return composeResult(answerToSearchResults(answer).slice(skip, skip + count));
}

export function answerSelectItem(activity: TeamsActivity, errdesk: Errdesk): InvokeResult {
  const action = isRecord(activity.value) ? decodeAction(activity.value[CARD_DATA_KEY]) : undefined;
  if (!action) return { status: 400, body: { error: "the selected item carries no errdesk action" } };
  const locale = localeOf(activity);
  const answer = errdesk.answerAction(action, locale ? { locale } : {});
  const preview = { contentType: THUMBNAIL_CARD, content: { title: answer.text } };
  return composeResult([{ contentType: ADAPTIVE_CARD, content: answerToAdaptiveCard(answer), preview }]);
}
