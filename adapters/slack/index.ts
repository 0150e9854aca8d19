/**
 * errdesk in Slack, on Bolt. Wiring only: build Bolt with our logger, Web API bounds and identity,
 * answer each event once, hand events to the listeners, and mount one route (HTTP mode) or open a
 * Socket Mode connection (SLACK_APP_TOKEN set).
 *
 * Flow: Slack → POST /slack/events (signature checked by Bolt) → dedupe on event_id → listeners/*
 * (translate.ts decides, the core answers, render/ builds Block Kit) → Web API or response_url.
 * @see https://docs.slack.dev/tools/bolt-js/
 */
import { App, type CodedError, ErrorCode, HTTPReceiver, SocketModeReceiver, webApi } from "@slack/bolt";
import type { SlackConfig } from "../config.ts";
import type { AdapterDeps, MountedAdapter } from "../http/mounted-adapter.ts";
import { type RouteHandler, sendJson } from "../http/routes.ts";
import { toBoltLogger } from "./bolt-logger.ts";
import { loadChannelModes } from "./channel-modes.ts";
import { newRequestId, runInScope, scopeFields } from "./event-scope.ts";
import { createBotIdentity } from "./identity.ts";
import { registerActions } from "./listeners/actions.ts";
import { registerCommand } from "./listeners/command.ts";
import { registerHome } from "./listeners/home.ts";
import { registerMessageListeners } from "./listeners/messages.ts";
import { registerShortcut } from "./listeners/shortcut.ts";
import { createRecentLookups } from "./recent-lookups.ts";
import { createRespond } from "./respond.ts";
import { outcome, type SlackRuntime } from "./runtime.ts";
import { createTtlSet } from "./ttl-set.ts";
import { createUserLocales } from "./user-locale.ts";
import { describeSlackError, webClientOptions } from "./web-api.ts";

export { answerToBlocks, type SlackMessage } from "./render/answer-to-blocks.ts";

/** Events, slash commands, buttons and shortcuts all arrive here (one Request URL in the manifest). */
export const EVENTS_PATH = "/slack/events";
/** Slack retries a delivery for about five minutes; an hour is a comfortable margin. */
const SEEN_TTL_MS = 60 * 60 * 1000;
/** How long stop() waits for replies still being sent. */
const STOP_DEADLINE_MS = 10_000;

export async function createSlackAdapter(config: SlackConfig, deps: AdapterDeps): Promise<MountedAdapter> {
  const logger = deps.logger.child({ adapter: "slack" });
  const boltLogger = toBoltLogger(logger);
  const clientOptions = webClientOptions(config.apiUrl, boltLogger, logger);
  const identity = createBotIdentity(
    new webApi.WebClient(config.botToken, clientOptions),
    config.botToken,
    logger,
  );
  const receiver = config.appToken
    ? new SocketModeReceiver({
        appToken: config.appToken,
        logger: boltLogger,
        installerOptions: { clientOptions: { slackApiUrl: config.apiUrl } },
      })
    : new HTTPReceiver({
        signingSecret: config.signingSecret,
        logger: boltLogger,
        bodyLimit: deps.maxBodyBytes,
      });
  // authorize (not token) keeps Bolt from calling auth.test in its constructor; see identity.ts.
  const app = new App({
    receiver,
    authorize: identity.authorize,
    logger: boltLogger,
    clientOptions,
    convoStore: false,
    extendedErrorHandler: true,
  });

  const rt: SlackRuntime = {
    knowledge: deps.knowledge,
    logger,
    modes: await loadChannelModes(deps.dataDir, logger),
    locales: createUserLocales(logger),
    recent: createRecentLookups(),
    answered: createTtlSet(SEEN_TTL_MS),
    identity,
    respond: createRespond(logger),
  };

  const seenEvents = createTtlSet(SEEN_TTL_MS);
  const inFlight = new Set<Promise<unknown>>();
  app.use(async ({ body, next, context }) => {
    const eventId = (body as { event_id?: string }).event_id;
    await runInScope({ eventId, requestId: newRequestId() }, async () => {
      // Slack redelivers when it thinks we missed an event (X-Slack-Retry-Num); answer once.
      if (eventId && !seenEvents.add(eventId))
        return outcome(rt, `duplicate delivery (retry ${context.retryNum ?? "?"})`);
      const work = next();
      inFlight.add(work);
      try {
        await work;
      } finally {
        inFlight.delete(work);
      }
    });
  });
  app.error(async ({ error, body }: { error: Error; body?: unknown }) => {
    const eventId = (body as { event_id?: string } | undefined)?.event_id;
    const original = (error as Error & { original?: unknown }).original ?? error;
    logger.error({ ...scopeFields(), eventId, error: describeSlackError(original) }, "Slack listener failed");
  });

  registerMessageListeners(app, rt);
  registerCommand(app, rt);
  registerActions(app, rt);
  registerShortcut(app, rt);
  registerHome(app, rt);

  void identity.verify();
  if (config.appToken) {
    app.start().then(
      () => logger.info("Slack: Socket Mode connected"),
      (error: unknown) =>
        logger.error(
          { error: describeSlackError(error) },
          "Slack Socket Mode could not connect: check SLACK_APP_TOKEN (xapp-, connections:write)",
        ),
    );
  }

  const handler: RouteHandler = (req, res) => {
    try {
      (receiver as HTTPReceiver).requestListener(req, res);
    } catch (error) {
      if ((error as CodedError).code !== ErrorCode.HTTPReceiverDeferredRequestError) throw error;
      sendJson(res, 404, { error: `Slack only posts to ${EVENTS_PATH}` });
    }
  };

  return {
    name: "slack",
    status: config.appToken ? "Socket Mode" : `HTTP, POST ${EVENTS_PATH}`,
    routes: config.appToken ? [] : [{ method: "POST", path: EVENTS_PATH, handler }],
    async stop() {
      if (config.appToken) await app.stop().catch(() => undefined);
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...inFlight]),
        new Promise((resolve) => {
          timer = setTimeout(resolve, STOP_DEADLINE_MS);
        }),
      ]);
      clearTimeout(timer);
      await rt.modes.flush();
    },
  };
}
