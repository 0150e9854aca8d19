/**
 * errdesk in Slack, on Bolt. Wiring only: build Bolt with our logger, Web API bounds and identity,
 * answer each event once, hand events to the listeners, and mount one route (HTTP mode) or open a
 * Socket Mode connection (SLACK_APP_TOKEN set).
 *
 * Flow: Slack → POST /slack/events (signature checked by Bolt) → claim the event_id in the store
 * (once across replicas) → listeners/*
 * (translate.ts decides, the core answers, render/ builds Block Kit) → Web API or response_url.
 * @see https://docs.slack.dev/tools/bolt-js/
 */
import { App, type CodedError, ErrorCode, HTTPReceiver, SocketModeReceiver, webApi } from "@slack/bolt";
import type { SlackConfig } from "../config.ts";
import type { AdapterDeps, MountedAdapter } from "../http/mounted-adapter.ts";
import { type RouteHandler, readBody, sendJson } from "../http/routes.ts";
import { createRateLimiter } from "../shared/rate-limiter.ts";
import { toBoltLogger } from "./bolt-logger.ts";
import { loadChannelModes } from "./channel-modes.ts";
import { newRequestId, runInScope, scopeFields } from "./event-scope.ts";
import { createBotIdentity } from "./identity.ts";
import { registerActions } from "./listeners/actions.ts";
import { registerCommand } from "./listeners/command.ts";
import { registerFeedbackComments } from "./listeners/feedback-comment.ts";
import { registerHome } from "./listeners/home.ts";
import { registerMessageListeners } from "./listeners/messages.ts";
import { registerShortcut } from "./listeners/shortcut.ts";
import { createRecentLookups } from "./recent-lookups.ts";
import { checkBody, checkSignature, isSslCheck } from "./request-check.ts";
import { createRespond } from "./respond.ts";
import { claim, outcome, type SlackRuntime } from "./runtime.ts";
import { createUserLocales } from "./user-locale.ts";
import { describeSlackError, webClientOptions } from "./web-api.ts";

export { answerToBlocks, type SlackMessage } from "./render/answer-to-blocks.ts";

/** Events, slash commands, buttons and shortcuts all arrive here (one Request URL in the manifest). */
export const EVENTS_PATH = "/slack/events";
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
  if (receiver instanceof SocketModeReceiver) {
    // @slack/socket-mode reconnects (Slack closed or recycled the connection) by calling the client's
    // start() from a timer and never handles that promise: when apps.connections.open then refuses
    // the token (revoked or rotated while errdesk runs: invalid_auth…), the rejection is unhandled
    // and Node ends the process. Every start() after the first is such a reconnect: its failure is
    // logged like a refused token at start, and errdesk keeps running (slack-socket-mode.test.ts).
    const socketMode = receiver.client;
    const start = socketMode.start.bind(socketMode);
    let starts = 0;
    socketMode.start = async () => {
      if (starts++ === 0) return start();
      try {
        return await start();
      } catch (error) {
        logger.error(
          { error: describeSlackError(error) },
          "Slack Socket Mode could not reconnect: check SLACK_APP_TOKEN (xapp-, connections:write); no Slack events arrive until errdesk restarts with a working token",
        );
        return { ok: false, error: "reconnect_failed" };
      }
    };
  }
  // authorize (not token) keeps Bolt from calling auth.test in its constructor; see identity.ts.
  const app = new App({
    receiver,
    authorize: identity.authorize,
    logger: boltLogger,
    clientOptions,
    convoStore: false,
    extendedErrorHandler: true,
    // translate.ts skips every bot, errdesk included (bot_id, bot_message, its own user id) and logs
    // why; Bolt's ignoreSelf would drop some of those silently first.
    ignoreSelf: false,
  });

  const max = deps.maxTrackedKeys;
  const rt: SlackRuntime = {
    knowledge: deps.knowledge,
    logger,
    modes: await loadChannelModes(deps.dataDir, logger),
    locales: createUserLocales(logger, Date.now, max),
    recent: createRecentLookups(Date.now, max),
    recorder: deps.recorder,
    identity,
    respond: createRespond(logger),
    limits: createRateLimiter(deps.rateLimits, { maxKeys: max }),
  };

  const inFlight = new Set<Promise<unknown>>();
  app.use(async ({ body, next, context }) => {
    const eventId = (body as { event_id?: string }).event_id;
    await runInScope({ eventId, requestId: newRequestId(), receivedAt: Date.now() }, async () => {
      // Slack redelivers when it thinks we missed an event (X-Slack-Retry-Num), maybe to another
      // replica: the store's claim lets exactly one of them answer.
      if (eventId && !(await claim(rt, `event:${eventId}`)))
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
  registerFeedbackComments(app, rt);
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

  // Bolt's receiver reads the body itself, without a time limit; reading it here first (Bolt uses a
  // body already read, `rawBody`) gives Slack requests the same 413/408 limits as every other route.
  const handler: RouteHandler = async (req, res) => {
    const raw = await readBody(req, deps.maxBodyBytes, deps.bodyTimeoutMs);
    if (!isSslCheck(req.headers, raw)) {
      const signature = checkSignature(config.signingSecret, req.headers, raw);
      const check = signature.ok ? checkBody(req.headers, raw) : signature;
      if (!check.ok) {
        logger.warn({ status: check.status, reason: check.reason }, "Slack request refused");
        return sendJson(res, check.status, { error: check.reason });
      }
    }
    Object.assign(req, { rawBody: raw });
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
    stores() {
      const locales = rt.locales.size();
      const limits = rt.limits.sizes();
      // The lookups and replies in flight are not capped; they end with their requests (timeouts).
      return {
        "slack.locales": { size: locales.cached, max },
        "slack.localeLookups": { size: locales.pending, max },
        "slack.recentLookups": { size: rt.recent.size(), max },
        "slack.rateLimit.users": { size: limits.users, max },
        "slack.rateLimit.channels": { size: limits.channels, max },
        "slack.inFlight": { size: inFlight.size, max },
        "store.recentClaims": { size: rt.recorder.recentClaims(), max },
      };
    },
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
