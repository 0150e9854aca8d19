import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../adapters/app.ts";
import { captureLogs } from "../helpers/log-capture.ts";
import { waitFor } from "../helpers/wait-for.ts";

const BASE_ENV = { PORT: "0", HOST: "127.0.0.1", NODE_ENV: "test", KNOWLEDGE_WATCH: "false" };

/**
 * A knowledge folder of its own: the catalog and the access-denied articles only, so that articles
 * being written elsewhere in the repository cannot make a reload in these tests fail.
 */
async function knowledgeCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "errdesk-kb-"));
  await cp("knowledge/codes", path.join(dir, "codes"), { recursive: true });
  for (const lang of ["en", "es"]) {
    await mkdir(path.join(dir, "articles", lang), { recursive: true });
    await cp(
      `knowledge/articles/${lang}/access-denied.md`,
      path.join(dir, "articles", lang, "access-denied.md"),
    );
  }
  return dir;
}
let app: RunningApp | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
});

describe("the one server", () => {
  it("answers /healthz and /readyz, and 404 elsewhere", async () => {
    app = await startApp(BASE_ENV, { logDestination: captureLogs().destination });
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${app.url}/readyz`)).json()).toEqual({ status: "ready" });
    expect((await fetch(`${app.url}/nothing-here`)).status).toBe(404);
  });

  it("says what runs where in one start-up line", async () => {
    const logs = captureLogs();
    app = await startApp(BASE_ENV, { logDestination: logs.destination });
    expect(logs.lines.map((e) => e.msg)).toContainEqual(
      `Playground: ${app.url} · Slack: not configured (set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET) · Teams: emulator mode (no MICROSOFT_APP_ID)`,
    );
  });

  it("refuses malformed playground requests with 4xx, never a crash", async () => {
    app = await startApp(BASE_ENV, { logDestination: captureLogs().destination });
    const post = (body: string, type = "application/json") =>
      fetch(`${app?.url}/api/playground/answer`, { method: "POST", headers: { "content-type": type }, body });
    expect((await post("{not json")).status).toBe(400);
    expect((await post("text=0x5", "application/x-www-form-urlencoded")).status).toBe(415);
    expect((await post(JSON.stringify({ text: 5 }))).status).toBe(400);
    expect((await post(JSON.stringify({ text: "x".repeat(2_000_000) }))).status).toBe(413);
    const ok = await post(JSON.stringify({ text: "0x80090311" }));
    expect(ok.status).toBe(200);
    expect((await ok.json()).answer.hits[0].interpretations[0].names).toContain(
      "SEC_E_NO_AUTHENTICATING_AUTHORITY",
    );
  });

  it("keeps the last good knowledge base when an article breaks during hot reload, and takes the fix", async () => {
    const dir = await knowledgeCopy();
    const logs = captureLogs();
    app = await startApp(
      { ...BASE_ENV, KNOWLEDGE_DIR: dir, KNOWLEDGE_WATCH: "true" },
      { logDestination: logs.destination },
    );
    const file = path.join(dir, "articles/en/access-denied.md");
    const original = await readFile(file, "utf8");
    const title = () => app?.knowledge.current().answer("0x80070005").hits[0]?.article?.title;
    expect(title()).toBe("Access is denied");

    await writeFile(file, original.replace("title: Access is denied", "title: [broken"));
    await waitFor(
      () => logs.text().includes("articles/en/access-denied.md:"),
      "the broken article to be reported with file:line",
    );
    expect(logs.lines.some((e) => e.msg === "knowledge base not reloaded")).toBe(true);
    expect(title()).toBe("Access is denied");

    await writeFile(file, original.replace("title: Access is denied", "title: Access is denied (fixed)"));
    await waitFor(() => title() === "Access is denied (fixed)", "the fixed article to be served");
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps the last good knowledge base when its folder vanishes, says why, and reloads once it is back", async () => {
    const dir = await knowledgeCopy();
    const logs = captureLogs();
    app = await startApp({ ...BASE_ENV, KNOWLEDGE_DIR: dir }, { logDestination: logs.destination });
    const moved = `${dir}-moved`;
    await rename(dir, moved);
    expect(await app.knowledge.reload()).toBe(false);
    const refused = logs.lines.find(
      (l) => l.msg === "knowledge base not reloaded; the last good one keeps serving",
    );
    expect(JSON.stringify(refused?.err)).toContain(`cannot read the knowledge base folder ${dir} (ENOENT)`);
    expect(app.knowledge.current().answer("0x80070005").hits[0]?.article?.title).toBe("Access is denied");
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    await rename(moved, dir);
    expect(await app.knowledge.reload()).toBe(true);
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps the last good knowledge base when a part becomes unreadable (a file where a folder was, a corrupt catalog)", async () => {
    const dir = await knowledgeCopy();
    const logs = captureLogs();
    app = await startApp({ ...BASE_ENV, KNOWLEDGE_DIR: dir }, { logDestination: logs.destination });
    // The language folders replaced by files: every article would be gone, so the reload is refused.
    for (const lang of ["en", "es"]) {
      await rm(path.join(dir, "articles", lang), { recursive: true });
      await writeFile(path.join(dir, "articles", lang), "not a folder");
    }
    expect(await app.knowledge.reload()).toBe(false);
    expect(logs.lines).toContainEqual(
      expect.objectContaining({
        msg: "knowledge base not reloaded: articles/en has no articles any more; the last good one keeps serving",
        lang: "en",
      }),
    );
    // A catalog file that no longer parses: refused, naming the file.
    await writeFile(path.join(dir, "codes/hresult.json"), "{ truncated");
    expect(await app.knowledge.reload()).toBe(false);
    expect(JSON.stringify(logs.lines.at(-1))).toContain("codes/hresult.json");
    const answer = app.knowledge.current().answer("0x80070005", { lang: "en" });
    expect(answer.hits[0]?.article?.title).toBe("Access is denied");
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    await rm(dir, { recursive: true, force: true });
  });
});

function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "adapters/main.ts"], {
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on("data", (c: Buffer) => {
    stderr += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

describe("npm start (adapters/main.ts)", () => {
  it("exits 2 with the variable's name when configuration is wrong", async () => {
    const main = startMain({ PORT: "eighty", NODE_ENV: "test" });
    expect(await main.exited).toBe(2);
    expect(main.err()).toContain("PORT=eighty is not a whole number");
  });

  it("exits 2 with a clear error when KNOWLEDGE_DIR does not exist or is not a folder", async () => {
    const missing = startMain({ ...BASE_ENV, KNOWLEDGE_DIR: "/nonexistent" });
    expect(await missing.exited).toBe(2);
    expect(missing.err()).toBe(
      "errdesk: cannot read the knowledge base folder /nonexistent (ENOENT): set KNOWLEDGE_DIR to a folder with codes/ and articles/en, articles/es\n",
    );
    const file = path.join(await mkdtemp(path.join(tmpdir(), "errdesk-kb-file-")), "knowledge");
    await writeFile(file, "not a folder");
    const notAFolder = startMain({ ...BASE_ENV, KNOWLEDGE_DIR: file });
    expect(await notAFolder.exited).toBe(2);
    expect(notAFolder.err()).toContain(`cannot read the knowledge base folder ${file} (ENOTDIR)`);
    expect(notAFolder.out()).not.toContain("Playground:");
  });

  it("lets a request in flight finish on SIGTERM, then exits 0", async () => {
    const main = startMain({ ...BASE_ENV });
    const url = await waitFor(
      () => /Playground: (http:\/\/localhost:\d+)/.exec(main.out())?.[1],
      "the start-up line",
    );
    const body = JSON.stringify({ text: "0x80070005" });
    const { port } = new URL(url);
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: "127.0.0.1",
          port,
          path: "/api/playground/answer",
          method: "POST",
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          let text = "";
          res.on("data", (c: Buffer) => {
            text += c.toString();
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on("error", reject);
      // Half the body now, SIGTERM, the rest later: the request is in flight when the signal comes.
      req.write(body.slice(0, 10));
      setTimeout(() => {
        main.child.kill("SIGTERM");
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 100);
    });
    const result = await response;
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body).answer.hits[0].value).toBe("0x80070005");
    expect(await main.exited).toBe(0);
  });
});
