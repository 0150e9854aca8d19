/**
 * Starting without a healthy Slack: an unreachable Web API (Bolt's auth.test-at-construction trap)
 * and a refused Socket Mode token are logged errors, never a crash or an unhandled rejection.
 */

import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type FakeSlackApi,
  slackSender,
  slackTestEnv,
  startErrdesk,
  startFakeSlackApi,
} from "../fakes/fake-slack-api.ts";
import { captureLogs } from "../helpers/log-capture.ts";

let fake: FakeSlackApi;
let dataDir: string;

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === "object" && address ? address.port : 1;
}

beforeAll(async () => {
  fake = await startFakeSlackApi();
  dataDir = await mkdtemp(path.join(tmpdir(), "errdesk-slack-start-"));
});

afterAll(async () => {
  await fake?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe("starting without a healthy Slack", () => {
  it("starts, logs the failed auth.test, and keeps taking events when the Web API is unreachable", async () => {
    const logs = captureLogs();
    const env = {
      ...slackTestEnv(fake, dataDir),
      SLACK_API_URL: `http://127.0.0.1:${await closedPort()}/api/`,
    };
    const app = await startErrdesk(env, logs.destination);
    try {
      const failed = await logs.waitFor(
        (l) => String(l.msg).startsWith("Slack auth.test failed"),
        "the auth.test error",
      );
      expect(failed.level).toBe(50);
      const { eventId, status } = await slackSender(app.eventsUrl).event({
        type: "message",
        channel: "D00FAKEDM001",
        channel_type: "im",
        user: "U00FAKEUSER1",
        text: "0x80070005",
        ts: "1700400000.000100",
      });
      expect(status).toBe(200);
      const outcome = await logs.waitFor(
        (l) => l.eventId === eventId && l.msg === "slack event handled",
        "the outcome",
      );
      expect(outcome.outcome).toBe("reply failed");
      expect(logs.lines.some((l) => l.eventId === eventId && l.msg === "Slack chat.postMessage failed")).toBe(
        true,
      );
    } finally {
      await app.stop();
    }
  });

  it("runs in Socket Mode when SLACK_APP_TOKEN is set: no HTTP route, a refused token is a logged error", async () => {
    const logs = captureLogs();
    fake.setSocketModeAnswer({ ok: false, error: "invalid_auth" });
    const app = await startErrdesk(
      { ...slackTestEnv(fake, dataDir), SLACK_APP_TOKEN: "xapp-1-test-fake" },
      logs.destination,
    );
    try {
      const failed = await logs.waitFor(
        (l) => String(l.msg).startsWith("Slack Socket Mode could not connect"),
        "the Socket Mode error",
      );
      expect(failed.level).toBe(50);
      expect(fake.callsTo("apps.connections.open").at(-1)?.authorization).toBe("Bearer xapp-1-test-fake");
      const posted = await fetch(app.eventsUrl, { method: "POST", body: "{}" });
      expect(posted.status).toBe(404);
    } finally {
      await app.stop();
    }
  });
});
