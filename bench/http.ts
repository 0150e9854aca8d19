/**
 * Load over HTTP on 127.0.0.1 with autocannon (10 connections): signed Slack message events to the
 * real app's /slack/events and to bare Bolt apps (the framework's floor: ack only, and ack plus one
 * reply), and Bot Framework activities to /api/messages in emulator mode. Servers and fakes each
 * run in their own process, so that none shares an event loop with the load generator.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { BOT, BOT_TOKEN, SIGNING_SECRET } from "../test/fakes/fake-slack-api.ts";
import { forkChild, nextMessage, stopChild } from "./processes.ts";
import { type Setup, slackRequests, teamsRequests } from "./requests.ts";

export interface LoadResult {
  name: string;
  /** Mean requests per second over the run. */
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  ok: number;
  /** Non-2xx answers, connection errors and timeouts: should all be 0. */
  failed: number;
  /** Replies the fake Slack or Bot Connector received for the requests of this run, per second. */
  repliesPerSec?: number;
}

export interface HttpResult {
  durationS: number;
  connections: number;
  floor: LoadResult;
  /** Bare Bolt posting one fixed reply per event: what any bot that answers pays. */
  floorReply: LoadResult;
  slack: LoadResult;
  teams: LoadResult;
  /** ours / floor, and ours / floor with a reply, requests per second. */
  slackVsFloor: number;
  slackVsFloorReply: number;
  server: ServerStats;
}

export interface ServerStats {
  /** From process start until the errdesk server listened, in ms. */
  readyMs: number;
  /** Resident memory of the errdesk server after both runs, then after a full GC, in MB. */
  rssMb: number;
  rssAfterGcMb: number;
  heapUsedMb: number;
}

const CONNECTIONS = 10;

async function load(name: string, url: string, setupRequest: Setup, durationS: number): Promise<LoadResult> {
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: durationS,
    requests: [{ method: "POST", setupRequest }],
  });
  return {
    name,
    reqPerSec: r.requests.total / r.duration,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
    ok: r["2xx"],
    failed: r.non2xx + r.errors + r.timeouts,
  };
}

interface Counts {
  slackPosts: number;
  connectorPosts: number;
}

/** Waits until the fakes stop receiving replies (the server's backlog has drained). */
async function drained(fakes: import("node:child_process").ChildProcess): Promise<Counts> {
  let last = -1;
  for (let i = 0; i < 100; i++) {
    fakes.send({ type: "counts" });
    const counts = await nextMessage<Counts>(fakes, "counts");
    const total = counts.slackPosts + counts.connectorPosts;
    if (total === last) return counts;
    last = total;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error("the server kept replying for 30 s after the load stopped");
}

/** Warm-up, then the measured run, then the replies it caused once they have all arrived. */
async function measured(
  name: string,
  url: string,
  setup: () => Setup,
  s: { durationS: number; warmupS: number; fakes: import("node:child_process").ChildProcess },
  replies: keyof Counts,
): Promise<LoadResult> {
  await load(`${name} warm-up`, url, setup(), s.warmupS);
  const before = await drained(s.fakes);
  const result = await load(name, url, setup(), s.durationS);
  const after = await drained(s.fakes);
  return { ...result, repliesPerSec: (after[replies] - before[replies]) / s.durationS };
}

export async function measureHttp(durationS: number, warmupS: number): Promise<HttpResult> {
  const fakes = forkChild("fakes.ts", [], process.env);
  const dataDir = await mkdtemp(path.join(tmpdir(), "errdesk-bench-"));
  const children = [fakes];
  try {
    const urls = await nextMessage<{ slackApiUrl: string; connectorUrl: string }>(fakes, "ready");
    const env = {
      PATH: process.env.PATH,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: urls.slackApiUrl,
      BENCH_BOT_ID: BOT.botId,
      BENCH_BOT_USER_ID: BOT.userId,
      PORT: "0",
      HOST: "127.0.0.1",
      PLAYGROUND: "false",
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "warn",
      // Every event answered: the per-user and per-channel limits would turn most away unanswered.
      RATE_LIMIT_USER_PER_MINUTE: "0",
      RATE_LIMIT_CHANNEL_PER_MINUTE: "0",
      NODE_ENV: "development",
      KNOWLEDGE_WATCH: "false",
      DATA_DIR: dataDir,
    };
    const s = { durationS, warmupS, fakes };

    const bolt = async (mode: string, name: string) => {
      const child = forkChild("server.ts", [mode], env);
      children.push(child);
      const { port } = await nextMessage<{ port: number }>(child, "ready");
      const result = await measured(
        name,
        `http://127.0.0.1:${port}/slack/events`,
        slackRequests,
        s,
        "slackPosts",
      );
      await stopChild(child);
      return result;
    };
    const floor = await bolt("floor", "bare Bolt, ack only (floor)");
    const floorReply = await bolt("floor-reply", "bare Bolt + 1 fixed reply");

    const server = forkChild("server.ts", ["errdesk"], env);
    children.push(server);
    const ready = await nextMessage<{ port: number; readyMs: number }>(server, "ready", 60_000);
    const base = `http://127.0.0.1:${ready.port}`;
    const slack = await measured(
      "errdesk /slack/events",
      `${base}/slack/events`,
      slackRequests,
      s,
      "slackPosts",
    );
    const teamsSetup = () => teamsRequests(urls.connectorUrl);
    const teams = await measured(
      "errdesk /api/messages",
      `${base}/api/messages`,
      teamsSetup,
      s,
      "connectorPosts",
    );
    server.send({ type: "stats" });
    const stats = await nextMessage<Omit<ServerStats, "readyMs">>(server, "stats");
    return {
      durationS,
      connections: CONNECTIONS,
      floor,
      floorReply,
      slack,
      teams,
      slackVsFloor: slack.reqPerSec / floor.reqPerSec,
      slackVsFloorReply: slack.reqPerSec / floorReply.reqPerSec,
      server: {
        readyMs: ready.readyMs,
        rssMb: stats.rssMb,
        rssAfterGcMb: stats.rssAfterGcMb,
        heapUsedMb: stats.heapUsedMb,
      },
    };
  } finally {
    for (const child of children.reverse()) await stopChild(child);
    await rm(dataDir, { recursive: true, force: true });
  }
}
