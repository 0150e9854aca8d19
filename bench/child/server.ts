/**
 * A server under load, in its own process so that autocannon does not share its event loop:
 * `errdesk` is the real app (startApp with the parent's environment); `floor` a bare Bolt app that
 * only acknowledges message events; `floor-reply` the same Bolt app posting one fixed reply of
 * about the size of ours per event. Tells the parent its port, and its memory when asked.
 */
import type { Server } from "node:http";
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

const mode = process.argv[2];
const env = process.env;

/** About the size of errdesk's card for one code: a header and six sections of text. */
const REPLY_BLOCKS = [
  { type: "header", text: { type: "plain_text", text: "HRESULT 0x80070005 E_ACCESSDENIED" } },
  ...Array.from({ length: 6 }, (_, i) => ({
    type: "section",
    text: {
      type: "mrkdwn",
      text: `*Part ${i + 1}* ${"Access is denied by the security check. ".repeat(12)}`,
    },
  })),
];

async function start(): Promise<number> {
  if (mode === "errdesk") {
    const { startApp } = await import("../../adapters/app.ts");
    return (await startApp(env)).port;
  }
  const { App, LogLevel } = await import("@slack/bolt");
  const app = new App({
    signingSecret: env.SLACK_SIGNING_SECRET ?? "",
    token: env.SLACK_BOT_TOKEN ?? "",
    botId: env.BENCH_BOT_ID ?? "",
    botUserId: env.BENCH_BOT_USER_ID ?? "",
    clientOptions: { slackApiUrl: env.SLACK_API_URL ?? "" },
    logLevel: LogLevel.WARN,
  });
  if (mode === "floor-reply") {
    app.event("message", async ({ event, client }) => {
      const { channel, ts } = event as { channel: string; ts: string };
      await client.chat.postMessage({ channel, thread_ts: ts, text: "0x80070005", blocks: REPLY_BLOCKS });
    });
  } else {
    app.event("message", async () => {});
  }
  const server = (await app.start({ port: 0, host: "127.0.0.1" })) as Server;
  const address = server.address();
  return typeof address === "object" && address ? address.port : 0;
}

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const port = await start();
process.send?.({ type: "ready", port, readyMs: performance.now() });
process.on("message", (message: { type?: string }) => {
  if (message.type !== "stats") return;
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  gc();
  const after = process.memoryUsage();
  process.send?.({
    type: "stats",
    rssMb,
    rssAfterGcMb: after.rss / 2 ** 20,
    heapUsedMb: after.heapUsed / 2 ** 20,
  });
});
