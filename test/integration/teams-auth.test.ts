/**
 * With MICROSOFT_APP_ID set, /api/messages is authenticated the Bot Framework way, end to end and
 * offline: errdesk fetches the signing keys from a fake OpenID configuration (test keys made with
 * node:crypto), checks each request's JWT (signature, issuer, audience, expiry, serviceurl), and
 * answers through a fake Bot Connector with a token it got from a fake login authority by client
 * credentials. A request without a valid token is refused with 401 and nothing is processed.
 */
import { createServer } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../adapters/app.ts";
import {
  type FakeBotConnector,
  startFakeBotConnector,
  teamsActivities,
} from "../fakes/fake-bot-connector.ts";
import {
  BOT_FRAMEWORK_SCOPE,
  type FakeBotIdentity,
  signJwt,
  startFakeBotIdentity,
} from "../fakes/fake-bot-identity.ts";
import type { captureLogs } from "../helpers/log-capture.ts";
import { startTestApp } from "../helpers/test-app.ts";

const APP_ID = "0b3c5f2e-1a2b-4c3d-8e9f-0123456789ab";
const APP_PASSWORD = "fake-client-secret~0123456789abcdefghij";
let app: RunningApp;
let logs: ReturnType<typeof captureLogs>;
let identity: FakeBotIdentity;
let connector: FakeBotConnector;
let activities: ReturnType<typeof teamsActivities>;

beforeAll(async () => {
  identity = await startFakeBotIdentity({ appId: APP_ID, appPassword: APP_PASSWORD });
  connector = await startFakeBotConnector({ authorize: (header) => identity.isIssuedBearer(header) });
  activities = teamsActivities(connector.url);
  ({ app, logs } = await startTestApp({
    MICROSOFT_APP_ID: APP_ID,
    MICROSOFT_APP_PASSWORD: APP_PASSWORD,
    MICROSOFT_OPENID_METADATA_URL: identity.openIdMetadataUrl,
    MICROSOFT_LOGIN_URL: identity.loginUrl,
  }));
});

afterAll(async () => {
  await app?.stop();
  await connector?.close();
  await identity?.close();
});

const post = (activity: unknown, authorization?: string) =>
  fetch(`${app.url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(activity),
  });

const bearer = (options: Partial<Parameters<FakeBotIdentity["inboundToken"]>[0]> = {}) =>
  `Bearer ${identity.inboundToken({ audience: APP_ID, serviceUrl: connector.url, ...options })}`;

describe("Teams with an app id", () => {
  it("says so in its status, with the start of the app id only", () => {
    expect(app.adapters.find((a) => a.name === "teams")?.status).toBe(
      "POST /api/messages (app id 0b3c5f2e…)",
    );
  });

  it("answers an activity with a valid token, replying with a token from the login authority", async () => {
    const message = activities.personalMessage("0x80070005");
    const response = await post(message, bearer());
    expect(response.status).toBe(200);
    const calls = await connector.waitFor((all) => all.some((c) => c.activity.replyToId === message.id));
    const reply = calls.find((c) => c.activity.replyToId === message.id);
    expect(reply?.status).toBe(200);
    expect(identity.isIssuedBearer(reply?.authorization)).toBe(true);
    expect(identity.tokenRequests.at(-1)).toEqual({
      clientId: APP_ID,
      scope: BOT_FRAMEWORK_SCOPE,
      grantType: "client_credentials",
      accepted: true,
    });
    expect(identity.metadataRequests()).toBeGreaterThan(0);
  });

  it("refuses missing, forged, expired, misaddressed and malformed tokens with 401 and processes nothing", async () => {
    const other = "11111111-2222-4333-8444-555555555555";
    const header = (fields: Record<string, unknown>) =>
      Buffer.from(JSON.stringify(fields)).toString("base64url");
    const unsigned = `${header({ alg: "none", typ: "JWT", kid: "fake-connector-key-1" })}.${header({
      iss: "https://api.botframework.com",
      aud: APP_ID,
      serviceurl: connector.url,
      exp: Math.floor(Date.now() / 1000) + 3600,
    })}.`;
    const attempts: Record<string, string | undefined> = {
      missing: undefined,
      "not a bearer": "Basic dXNlcjpwYXNz",
      "empty bearer": "Bearer",
      garbage: "Bearer not-a-jwt",
      "three dots": "Bearer a.b.c",
      forged: bearer({ forged: true }),
      expired: bearer({ expiresIn: -3600 }),
      "not yet valid": bearer({ claims: { nbf: Math.floor(Date.now() / 1000) + 3600 } }),
      "another bot's audience": bearer({ audience: other }),
      "another issuer": bearer({ issuer: "https://evil.example.com" }),
      "another serviceUrl": bearer({ serviceUrl: "https://evil.example.com/" }),
      "unsigned (alg none)": `Bearer ${unsigned}`,
      "signed with an unknown key id": `Bearer ${signJwt(
        { iss: "https://api.botframework.com", aud: APP_ID, serviceurl: connector.url },
        {
          kid: "unknown-key",
          privateKey: (await import("node:crypto")).generateKeyPairSync("rsa", { modulusLength: 2048 })
            .privateKey,
        },
      )}`,
    };
    const statuses: Record<string, number> = {};
    const ids: string[] = [];
    for (const [name, authorization] of Object.entries(attempts)) {
      const message = activities.personalMessage("0x80070005");
      ids.push(message.id);
      statuses[name] = (await post(message, authorization)).status;
    }
    expect(statuses).toEqual(Object.fromEntries(Object.keys(attempts).map((name) => [name, 401])));
    expect(connector.calls.filter((c) => ids.includes(String(c.activity.replyToId)))).toEqual([]);
    expect(logs.lines.filter((l) => ids.includes(String(l.activityId)) && l.msg === "answered")).toEqual([]);
    const refused = logs.lines.filter((l) => l.msg === "Teams request refused: invalid token");
    expect(refused.length).toBeGreaterThanOrEqual(Object.keys(attempts).length - 3);
    expect(logs.text()).not.toContain(APP_PASSWORD);
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
  });
});

describe("Teams when the signing keys cannot be fetched", () => {
  it("answers 503 (try again later), not 401 or 500, and processes nothing", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    const other = await startTestApp({
      MICROSOFT_APP_ID: APP_ID,
      MICROSOFT_APP_PASSWORD: APP_PASSWORD,
      MICROSOFT_OPENID_METADATA_URL: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`,
      MICROSOFT_LOGIN_URL: identity.loginUrl,
    });
    try {
      const message = activities.personalMessage("0x80070005");
      const response = await fetch(`${other.app.url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: bearer() },
        body: JSON.stringify(message),
      });
      expect(response.status).toBe(503);
      expect(other.logs.lines).toContainEqual(
        expect.objectContaining({
          msg: "Teams request not checked: the Bot Framework signing keys could not be fetched",
          activityId: message.id,
        }),
      );
      expect(connector.calls.filter((c) => c.activity.replyToId === message.id)).toEqual([]);
    } finally {
      await other.app.stop();
    }
  });
});
