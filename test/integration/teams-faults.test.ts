/**
 * The Bot Connector misbehaving: answering 429, 500 or not at all. errdesk retries a bounded number
 * of times, logs each failure with the activity id, never crashes, and answers the next activity.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { CONNECTOR_RETRY } from "../../adapters/teams/connector-retry.ts";
import { useTeamsApp } from "../helpers/platform-apps.ts";

const teams = useTeamsApp();

beforeEach(() => {
  teams.connector.calls.length = 0;
});

const post = (activity: unknown) =>
  fetch(`${teams.app.url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(activity),
  });

const callsFor = (id: string) => teams.connector.calls.filter((c) => c.activity.replyToId === id);
const logsFor = (id: string, msg: string) =>
  teams.logs.lines.filter((l) => l.activityId === id && l.msg === msg);

/** The next activity after a fault is still answered. */
async function nextIsAnswered() {
  const next = teams.activities.personalMessage("System error 1326");
  expect((await post(next)).status).toBe(200);
  await teams.connector.waitFor(() => callsFor(next.id).some((c) => c.status === 200));
}

describe("Bot Connector faults", () => {
  it("waits out a 429 with Retry-After and delivers on the next try", async () => {
    teams.connector.failNext(1, { status: 429, retryAfterSeconds: 1 });
    const message = teams.activities.personalMessage("0x80070005");
    expect((await post(message)).status).toBe(200);
    await teams.connector.waitFor(() => callsFor(message.id).some((c) => c.status === 200));
    expect(callsFor(message.id).map((c) => c.status)).toEqual([429, 200]);
    expect(logsFor(message.id, "Bot Connector call failed; retrying")).toEqual([
      expect.objectContaining({ status: 429, retryInMs: 1000, op: "send", attempt: 1 }),
    ]);
  });

  it("gives up after a bounded number of 500s, logs it, and answers the next activity", async () => {
    // The connector fails more often than errdesk tries: the first message is given up on, the
    // next one meets the last two failures and then gets through.
    teams.connector.failNext(CONNECTOR_RETRY.attempts + 2, { status: 500 });
    const message = teams.activities.personalMessage("0x80070005");
    expect((await post(message)).status).toBe(200);
    await teams.connector.waitFor(
      () => logsFor(message.id, "Bot Connector call failed; giving up").length > 0,
    );
    expect(callsFor(message.id).map((c) => c.status)).toEqual(Array(CONNECTOR_RETRY.attempts).fill(500));
    expect(logsFor(message.id, "Bot Connector call failed; giving up")).toEqual([
      expect.objectContaining({ status: 500, attempts: CONNECTOR_RETRY.attempts, level: 50 }),
    ]);
    const next = teams.activities.personalMessage("System error 1326");
    expect((await post(next)).status).toBe(200);
    await teams.connector.waitFor(() => callsFor(next.id).some((c) => c.status === 200));
    expect(callsFor(next.id).map((c) => c.status)).toEqual([500, 500, 200]);
  });

  it("cuts a call that hangs, tries again, and delivers", async () => {
    teams.connector.failNext(1, "hang");
    const message = teams.activities.personalMessage("0x80070005");
    expect((await post(message)).status).toBe(200);
    await teams.connector.waitFor(() => callsFor(message.id).some((c) => c.status === 200));
    expect(callsFor(message.id).map((c) => c.status)).toEqual([0, 200]);
    expect(logsFor(message.id, "Bot Connector call failed; retrying")).toEqual([
      expect.objectContaining({ timedOut: true, op: "send" }),
    ]);
    await nextIsAnswered();
  });

  it("replies in the thread when Teams refuses to update the card", async () => {
    teams.connector.failNext(1, { status: 403 });
    const data = { errdesk: JSON.stringify({ type: "lookup", value: "0x80090311" }) };
    const click = teams.activities.cardSubmit(data, "activity-card-8");
    expect((await post(click)).status).toBe(200);
    await teams.connector.waitFor(() =>
      callsFor(click.id).some((c) => c.method === "POST" && c.status === 200),
    );
    expect(teams.connector.calls.map((c) => [c.method, c.status])).toEqual([
      ["PUT", 403],
      ["POST", 200],
    ]);
  });

  it("gives up on an update the connector keeps failing, without a duplicate reply", async () => {
    teams.connector.failNext(CONNECTOR_RETRY.attempts, { status: 500 });
    const data = { errdesk: JSON.stringify({ type: "lookup", value: "0x80090311" }) };
    const click = teams.activities.cardSubmit(data, "activity-card-9");
    expect((await post(click)).status).toBe(200);
    await teams.connector.waitFor(() => logsFor(click.id, "Bot Connector call failed; giving up").length > 0);
    expect(teams.connector.calls.map((c) => [c.method, c.status])).toEqual(
      Array(CONNECTOR_RETRY.attempts).fill(["PUT", 500]),
    );
    await nextIsAnswered();
  });
});
