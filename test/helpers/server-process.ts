/**
 * errdesk as its own process, started the way `npm start` does (adapters/main.ts), with its JSON
 * log lines read from stdout: for tests where several replicas share one store.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { createInterface } from "node:readline";
import { waitFor } from "./wait-for.ts";

export interface ServerProcess {
  url: string;
  logs: Record<string, unknown>[];
  waitForLog(
    match: (line: Record<string, unknown>) => boolean,
    what: string,
  ): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
    server.on("error", reject);
  });
}

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "adapters/main.ts"], {
    // Only what we pass, plus PATH: never the developer's DATABASE_URL or Slack tokens.
    env: { PATH: process.env.PATH ?? "", ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: Record<string, unknown>[] = [];
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
    try {
      logs.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      logs.push({ msg: line });
    }
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const waitForLog = (match: (line: Record<string, unknown>) => boolean, what: string) =>
    waitFor(() => {
      if (child.exitCode !== null)
        throw new Error(`errdesk exited (${child.exitCode}) before ${what}: ${stderr}`);
      return logs.find(match);
    }, `${what} (port ${port})`);
  await waitForLog((l) => typeof l.msg === "string" && l.msg.startsWith("Playground:"), "the start-up line");
  return {
    url: `http://127.0.0.1:${port}`,
    logs,
    waitForLog,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
