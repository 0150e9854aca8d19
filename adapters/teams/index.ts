/**
 * Teams: the Bot Framework endpoint on the shared HTTP server. Wiring only; the flow is
 *   POST /api/messages → bot-framework.ts (authenticate, run the turn) → bot.ts (what to answer)
 *   → render/ (Answer → Adaptive Card) → back through bot-framework.ts to the Bot Connector.
 * @see ./README.md for installing the app in Teams.
 */
import { z } from "zod";
import type { TeamsConfig } from "../config.ts";
import type { AdapterDeps, MountedAdapter } from "../http/mounted-adapter.ts";
import { HttpError, type RouteHandler, readJson, sendJson } from "../http/routes.ts";
import { createTeamsBot } from "./bot.ts";
import { createBotFramework } from "./bot-framework.ts";

export const MESSAGES_PATH = "/api/messages";

const account = z.object({ id: z.string().min(1).max(1_000) });

/**
 * What every activity from a Bot Framework channel carries and errdesk relies on: where to reply
 * (serviceUrl, conversation) and who is talking to whom. Anything else is the sender's mistake
 * (400), never a failure deep in the SDK (500). Other fields pass through untouched.
 */
const activityShape = z.looseObject({
  type: z.string().min(1).max(100),
  id: z.string().max(1_000).optional(),
  serviceUrl: z
    .string()
    .regex(/^https?:\/\/[^\s]+$/)
    .max(2_000),
  conversation: z.looseObject({ id: z.string().min(1).max(1_000) }),
  from: z.looseObject(account.shape),
  recipient: z.looseObject(account.shape),
});

export function readActivity(body: unknown): Record<string, unknown> {
  const parsed = activityShape.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new HttpError(
    400,
    `the body is not a Bot Framework activity: ${issue?.path.join(".") || "body"} ${issue?.message ?? "is invalid"}`,
  );
}

export async function createTeamsAdapter(config: TeamsConfig, deps: AdapterDeps): Promise<MountedAdapter> {
  const { logger } = deps;
  if (!config.appId)
    logger.warn(
      `Teams runs in emulator mode: MICROSOFT_APP_ID is empty, so POST ${MESSAGES_PATH} accepts requests without authentication. Use it only locally, with the Bot Framework Emulator or tests.`,
    );
  const teamsBot = createTeamsBot(deps);
  const bot = createBotFramework(config, teamsBot.onTurn, logger);

  const handler: RouteHandler = async (req, res) => {
    // The SDK answers 401 too, but prints the error to the console; refuse here, in our log format.
    if (config.appId && !/^Bearer\s+\S/i.test(req.headers.authorization ?? "")) {
      req.resume();
      logger.warn({ path: MESSAGES_PATH }, "Teams request without a bearer token refused");
      return sendJson(res, 401, { error: "authorization required: send the Bot Connector's bearer token" });
    }
    const body = readActivity(await readJson(req, deps.maxBodyBytes, deps.bodyTimeoutMs));
    await bot.process(body, req.headers, res);
  };

  return {
    name: "teams",
    status: config.appId
      ? `POST ${MESSAGES_PATH} (app id ${config.appId.slice(0, 8)}…)`
      : "emulator mode (no MICROSOFT_APP_ID)",
    routes: [{ method: "POST", path: MESSAGES_PATH, handler }],
    stores: () => teamsBot.stores(),
    // Turns finish with their requests; the HTTP server waits for those.
    stop: async () => {},
  };
}
