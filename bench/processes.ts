/** Child processes of the bench (TypeScript through tsx), and the cold-start measurement. */
import { type ChildProcess, execFile, fork } from "node:child_process";
import { fileURLToPath } from "node:url";

const TSX = ["--import", "tsx"];
export const childPath = (name: string) => fileURLToPath(new URL(`./child/${name}`, import.meta.url));

/** Forks bench/child/<name> with an IPC channel; its stdout (logs) is dropped, stderr shown. */
export function forkChild(name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const out = process.env.BENCH_CHILD_STDOUT ? "inherit" : "ignore";
  return fork(childPath(name), args, { execArgv: TSX, env, stdio: ["ignore", out, "inherit", "ipc"] });
}

/** The next IPC message of `type` from `child`, or an error that says what did not arrive. */
export function nextMessage<T>(child: ChildProcess, type: string, timeoutMs = 30_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`bench/child: no "${type}" message within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (message: { type?: string }) => {
      if (message.type !== type) return;
      cleanup();
      resolve(message as T);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`bench/child exited (code ${code}) before sending "${type}"`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
    };
    child.on("message", onMessage);
    child.on("exit", onExit);
  });
}

/** Ends a child this bench started and waits for it to go. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

export interface ColdStart {
  /** Node and tsx boot, until the first line of the script. */
  bootMs: number;
  /** Importing src/index.ts (compiling the module graph). */
  importMs: number;
  /** loadErrdesk: catalog, articles, lint, knowledge base, indexes. */
  loadMs: number;
  /** From process start until errdesk can answer. */
  readyMs: number;
  rssReadyMb: number;
  /** After answering every dev query and a 20 KB log once. */
  rssMb: number;
  heapUsedMb: number;
  articles: number;
}

const runOnce = (): Promise<ColdStart> =>
  new Promise((resolve, reject) => {
    execFile(process.execPath, [...TSX, childPath("cold-start.ts")], { timeout: 60_000 }, (error, stdout) => {
      if (error) return reject(error);
      resolve(JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as ColdStart);
    });
  });

/** `times` fresh processes one after another; the median of each number, and every ready time. */
export async function measureColdStart(times: number): Promise<ColdStart & { readyRuns: number[] }> {
  const runs: ColdStart[] = [];
  for (let i = 0; i < times; i++) runs.push(await runOnce());
  const median = (key: keyof ColdStart) => {
    const sorted = runs.map((r) => r[key]).sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  };
  const keys = Object.keys(runs[0] ?? {}) as (keyof ColdStart)[];
  return {
    ...(Object.fromEntries(keys.map((k) => [k, median(k)])) as unknown as ColdStart),
    readyRuns: runs.map((r) => r.readyMs),
  };
}
