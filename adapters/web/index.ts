/**
 * The local playground: a chat page that shows each answer as the Teams Adaptive Card (rendered in
 * the browser by the official adaptivecards renderer) and as a preview of the Slack Block Kit
 * message. No build step: static files plus two JSON endpoints that call the same core and the
 * same renderers the bots use.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Answer, type AnswerContext, LANGUAGES, type Language } from "../../src/index.ts";
import type { AdapterDeps } from "../http/mounted-adapter.ts";
import { HttpError, type Route, readJson, sendJson, sendText } from "../http/routes.ts";
import { decodeAction } from "../shared/action-payload.ts";
import { answerToBlocks } from "../slack/render/answer-to-blocks.ts";
import { answerToAdaptiveCard } from "../teams/render/answer-to-card.ts";

const STATIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "static");
const require = createRequire(import.meta.url);

const STATIC_FILES: Record<string, { file: string; type: string }> = {
  "/": { file: path.join(STATIC_DIR, "index.html"), type: "text/html; charset=utf-8" },
  "/static/app.js": { file: path.join(STATIC_DIR, "app.js"), type: "text/javascript; charset=utf-8" },
  "/static/slack-preview.js": {
    file: path.join(STATIC_DIR, "slack-preview.js"),
    type: "text/javascript; charset=utf-8",
  },
  "/static/base.css": { file: path.join(STATIC_DIR, "base.css"), type: "text/css; charset=utf-8" },
  "/static/style.css": { file: path.join(STATIC_DIR, "style.css"), type: "text/css; charset=utf-8" },
  "/vendor/adaptivecards.js": {
    file: require.resolve("adaptivecards/dist/adaptivecards.min.js"),
    type: "text/javascript; charset=utf-8",
  },
};

/** Everything the page shows for one answer. */
export function playgroundView(answer: Answer) {
  const slack = answerToBlocks(answer);
  return {
    answer,
    slack,
    teams: answerToAdaptiveCard(answer),
    blockKitBuilderUrl: `https://app.slack.com/block-kit-builder/#${encodeURIComponent(JSON.stringify({ blocks: slack.blocks }))}`,
  };
}

function languageOf(body: Record<string, unknown>): AnswerContext {
  const lang = body.lang;
  if (lang === undefined || lang === "auto") return {};
  if (!LANGUAGES.includes(lang as Language))
    throw new HttpError(400, `lang must be one of auto, ${LANGUAGES.join(", ")}`);
  return { lang: lang as Language };
}

/** Slack buttons send the action as a string; Adaptive Card submits send it inside their data. */
function findAction(payload: unknown) {
  if (payload && typeof payload === "object") {
    const data = payload as Record<string, unknown>;
    return decodeAction(data) ?? decodeAction(data.action) ?? decodeAction(data.errdesk);
  }
  return decodeAction(payload);
}

export function createPlayground(deps: AdapterDeps): { routes: Route[] } {
  const cache = new Map<string, string>();
  const serveStatic: Route["handler"] = async (req, res) => {
    const entry = STATIC_FILES[(req.url ?? "/").split("?")[0] ?? "/"];
    if (!entry) throw new HttpError(404, "not found");
    let body = cache.get(entry.file);
    if (body === undefined) {
      body = await readFile(entry.file, "utf8");
      cache.set(entry.file, body);
    }
    sendText(res, 200, body, entry.type);
  };
  const object = async (req: Parameters<Route["handler"]>[0]) => {
    const body = await readJson(req, deps.maxBodyBytes, deps.bodyTimeoutMs);
    if (!body || typeof body !== "object" || Array.isArray(body))
      throw new HttpError(400, "send a JSON object");
    return body as Record<string, unknown>;
  };

  return {
    routes: [
      ...Object.keys(STATIC_FILES).map((p): Route => ({ method: "GET", path: p, handler: serveStatic })),
      {
        method: "POST",
        path: "/api/playground/answer",
        handler: async (req, res) => {
          const body = await object(req);
          if (typeof body.text !== "string") throw new HttpError(400, "text must be a string");
          deps.logger.debug({ text: body.text }, "playground question");
          sendJson(res, 200, playgroundView(deps.knowledge.current().answer(body.text, languageOf(body))));
        },
      },
      {
        method: "POST",
        path: "/api/playground/action",
        handler: async (req, res) => {
          const body = await object(req);
          const action = findAction(body.action);
          if (!action) throw new HttpError(400, "action is not a known errdesk action");
          // The language switch on the page wins over the language the card was made in.
          const context = languageOf(body);
          const chosen = context.lang ? { ...action, lang: context.lang } : action;
          sendJson(res, 200, playgroundView(deps.knowledge.current().answerAction(chosen, context)));
        },
      },
    ],
  };
}
