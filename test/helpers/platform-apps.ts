/**
 * errdesk started against a fake Slack Web API or a fake Bot Connector, for the tests of one
 * describe block (or file). Each `use…` function registers the beforeAll/afterAll hooks and returns
 * an object whose properties are set once beforeAll has run: read them inside tests and hooks.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import type { RunningApp } from "../../adapters/app.ts";
import {
  type FakeBotConnector,
  startFakeBotConnector,
  teamsActivities,
} from "../fakes/fake-bot-connector.ts";
import {
  type FakeSlackApi,
  type StartedErrdesk,
  slackSender,
  slackTestEnv,
  startErrdesk,
  startFakeSlackApi,
} from "../fakes/fake-slack-api.ts";
import { captureLogs } from "./log-capture.ts";
import { startTestApp } from "./test-app.ts";

type CapturedLogs = ReturnType<typeof captureLogs>;

export interface SlackApp {
  fake: FakeSlackApi;
  app: StartedErrdesk;
  /** Signed requests to errdesk's /slack/events. */
  send: ReturnType<typeof slackSender>;
  /** errdesk's DATA_DIR, removed after the tests. */
  dataDir: string;
  /** What errdesk logged since it last started. */
  logs: CapturedLogs;
  /** Starts errdesk again (after `app.stop()`) on the same fake and DATA_DIR, with fresh logs. */
  start(): Promise<void>;
}

export interface BotConnector {
  connector: FakeBotConnector;
  /** Teams activities whose serviceUrl is the fake connector. */
  activities: ReturnType<typeof teamsActivities>;
}

export interface TeamsApp extends BotConnector {
  app: RunningApp;
  logs: CapturedLogs;
  /** POSTs `activity` as JSON to errdesk's /api/messages and expects 200. */
  post(activity: unknown): Promise<void>;
}

/** Wraps `state` so that reading a property beforeAll has not set yet fails with its name. */
function setInBeforeAll<T extends object>(state: Partial<T>): T {
  return new Proxy(state, {
    get(target, key, receiver) {
      if (typeof key === "string" && !(key in target))
        throw new Error(`${key} is set in beforeAll: read it inside a test or a hook`);
      return Reflect.get(target, key, receiver);
    },
  }) as T;
}

/** A fake Slack Web API and errdesk signed in to it (slackTestEnv plus `env`), stopped afterwards. */
export function useSlackApp(env: Record<string, string> = {}): SlackApp {
  const state: Partial<SlackApp> = {};
  const slack = setInBeforeAll(state);
  state.start = async () => {
    const logs = captureLogs();
    state.logs = logs;
    state.app = await startErrdesk(slackTestEnv(slack.fake, slack.dataDir, env), logs.destination);
    state.send = slackSender(state.app.eventsUrl);
    await logs.waitFor((l) => l.msg === "Slack: signed in", "auth.test at start");
  };
  beforeAll(async () => {
    state.fake = await startFakeSlackApi();
    state.dataDir = await mkdtemp(path.join(tmpdir(), "errdesk-slack-"));
    await slack.start();
  });
  afterAll(async () => {
    await state.app?.stop();
    await state.fake?.close();
    if (state.dataDir) await rm(state.dataDir, { recursive: true, force: true });
  });
  return slack;
}

/** A fake Bot Connector, closed afterwards, and activities that point at it. */
export function useBotConnector(): BotConnector {
  const state: Partial<BotConnector> = {};
  beforeAll(async () => {
    state.connector = await startFakeBotConnector();
    state.activities = teamsActivities(state.connector.url);
  });
  afterAll(async () => {
    await state.connector?.close();
  });
  return setInBeforeAll(state);
}

/** A fake Bot Connector and errdesk's test app (startTestApp with `env`), stopped afterwards. */
export function useTeamsApp(env: Record<string, string> = {}): TeamsApp {
  const bot = useBotConnector();
  const state: Partial<TeamsApp> = {};
  const teams = setInBeforeAll(state);
  let dataDir: string | undefined;
  state.post = async (activity) => {
    const response = await fetch(`${teams.app.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(activity),
    });
    expect(response.status).toBe(200);
  };
  beforeAll(async () => {
    state.connector = bot.connector;
    state.activities = bot.activities;
    ({ app: state.app, logs: state.logs, dataDir } = await startTestApp(env));
  });
  afterAll(async () => {
    await state.app?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });
  return teams;
}
