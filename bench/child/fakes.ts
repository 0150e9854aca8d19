/**
 * Slack's Web API and the Bot Connector, faked (test/fakes) in a process of their own: in
 * production they are other machines, so they should not share the server's or autocannon's event
 * loop. The fakes record every call; we count them and let the records go every 200 ms.
 */
import { startFakeBotConnector } from "../../test/fakes/fake-bot-connector.ts";
import { startFakeSlackApi } from "../../test/fakes/fake-slack-api.ts";

const slack = await startFakeSlackApi();
const connector = await startFakeBotConnector();
const counts = { slackPosts: 0, slackOther: 0, connectorPosts: 0 };

const tally = () => {
  for (const call of slack.calls.splice(0)) {
    if (call.method === "chat.postMessage" && !call.fault) counts.slackPosts++;
    else counts.slackOther++;
  }
  counts.connectorPosts += connector.calls.splice(0).filter((c) => c.status === 200).length;
};
setInterval(tally, 200).unref();

process.send?.({ type: "ready", slackApiUrl: slack.apiUrl, connectorUrl: connector.url });
process.on("message", (message: { type?: string }) => {
  if (message.type !== "counts") return;
  tally();
  process.send?.({ type: "counts", ...counts });
});
process.on("disconnect", () => process.exit(0));
