/**
 * What autocannon sends, one fresh request per call: signed Slack message events and Bot
 * Framework activities, each with ids never sent before (both adapters drop redeliveries).
 */
import { createHmac } from "node:crypto";
import type autocannon from "autocannon";
import { teamsActivities } from "../test/fakes/fake-bot-connector.ts";
import { BOT, SIGNING_SECRET } from "../test/fakes/fake-slack-api.ts";

export type Setup = (request: autocannon.Request) => autocannon.Request;

const MESSAGES = [
  "0x80070005 when I copy to the share",
  "System error 1326 has occurred.",
  "getting 0x80090311 on rdp since this morning",
  "Stop code: CRITICAL_PROCESS_DIED after the update",
  "windows update fails with 0x80070643 again",
  "msiexec returned 1603 on three laptops",
];

/** Counts requests across runs, so that no event_id, ts or activity id is ever sent twice. */
let sent = 0;

/** A fresh, signed channel message per request: new event_id and ts, exact content type. */
export function slackRequests(): Setup {
  return (request: autocannon.Request): autocannon.Request => {
    const n = ++sent;
    const ts = `${1_800_000_000 + n}.${String(n % 1_000_000).padStart(6, "0")}`;
    const body = JSON.stringify({
      token: "unused-verification-token",
      team_id: BOT.teamId,
      api_app_id: "A00FAKEAPP1",
      type: "event_callback",
      event_id: `Ev0BENCH${n}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: BOT.teamId, user_id: BOT.userId, is_bot: true }],
      event: {
        type: "message",
        channel: `C0BENCH${n % 8}`,
        channel_type: "channel",
        user: `U0BENCH${n % 20}`,
        text: MESSAGES[n % MESSAGES.length],
        ts,
        event_ts: ts,
      },
    });
    const stamp = Math.floor(Date.now() / 1000);
    const signature = createHmac("sha256", SIGNING_SECRET).update(`v0:${stamp}:${body}`).digest("hex");
    const headers = {
      "content-type": "application/json",
      "x-slack-request-timestamp": String(stamp),
      "x-slack-signature": `v0=${signature}`,
    };
    return { ...request, method: "POST", headers, body };
  };
}

/** A personal-chat message with a code per request, each with its own activity id. */
export function teamsRequests(serviceUrl: string): Setup {
  const activities = teamsActivities(serviceUrl);
  return (request: autocannon.Request): autocannon.Request => {
    const n = ++sent;
    const activity = { ...activities.personalMessage(MESSAGES[n % MESSAGES.length] ?? ""), id: `bench-${n}` };
    const headers = { "content-type": "application/json" };
    return { ...request, method: "POST", headers, body: JSON.stringify(activity) };
  };
}
