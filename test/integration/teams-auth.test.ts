/**
 * With MICROSOFT_APP_ID set, /api/messages is authenticated: a request without the Bot Connector's
 * bearer token is refused with 401 and nothing is sent anywhere.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../adapters/app.ts";
import {
  type FakeBotConnector,
  startFakeBotConnector,
  teamsActivities,
} from "../fakes/fake-bot-connector.ts";
import { startTestApp } from "../helpers/test-app.ts";

const APP_ID = "0b3c5f2e-1a2b-4c3d-8e9f-0123456789ab";
let app: RunningApp;
let connector: FakeBotConnector;

beforeAll(async () => {
  connector = await startFakeBotConnector();
  ({ app } = await startTestApp({ MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: "x" }));
});

afterAll(async () => {
  await app?.stop();
  await connector?.close();
});

describe("Teams with an app id", () => {
  it("says so in its status, with the start of the app id only", () => {
    expect(app.adapters.find((a) => a.name === "teams")?.status).toBe(
      "POST /api/messages (app id 0b3c5f2e…)",
    );
  });

  it("refuses requests without a bearer token with 401 and sends nothing", async () => {
    const activities = teamsActivities(connector.url);
    const attempts: Record<string, string>[] = [
      {},
      { authorization: "Basic dXNlcjpwYXNz" },
      { authorization: "Bearer" },
    ];
    for (const headers of attempts) {
      const response = await fetch(`${app.url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(activities.personalMessage("0x80070005")),
      });
      expect(response.status).toBe(401);
    }
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(connector.calls).toEqual([]);
  });
});
