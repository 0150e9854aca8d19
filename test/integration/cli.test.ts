import { execFile, spawn } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/index.ts";

const run = promisify(execFile);
const BIN = path.resolve("bin/errdesk.js");

async function lookup(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [BIN, "lookup", ...args], {
    env: { ...process.env, NO_COLOR: "1" },
  });
  return stdout;
}

async function lookupJson(...args: string[]): Promise<Answer> {
  return JSON.parse(await lookup("--json", ...args)) as Answer;
}

describe("errdesk lookup", () => {
  it("explains 0x80090311 with its header name, fields and article", async () => {
    const out = await lookup("0x80090311");
    expect(out).toContain("SEC_E_NO_AUTHENTICATING_AUTHORITY");
    expect(out).toMatch(/failure · facility 9 \((?:[A-Z_]+\/)*SECURITY(?:\/[A-Z_]+)*\) · code 0x0311/);
    expect(out).toContain("[sec-e-no-authenticating-authority]");
  });

  it("gives the same value for -2146893039, 80090311 and 0x80090311", async () => {
    const answers = await Promise.all(["-2146893039", "80090311", "0x80090311"].map((q) => lookupJson(q)));
    for (const a of answers) expect(a.hits.map((h) => h.value)).toEqual(["0x80090311"]);
  });

  it("follows the JSON contract", async () => {
    const answer = await lookupJson("0x80070005");
    const hit = answer.hits[0];
    expect(hit).toMatchObject({
      value: "0x80070005",
      mention: { text: "0x80070005", start: 0, end: 10, form: "hex" },
      article: { id: "access-denied", title: expect.any(String) },
    });
    expect(hit?.interpretations[0]).toMatchObject({
      family: "hresult",
      names: expect.arrayContaining(["E_ACCESSDENIED"]),
    });
    expect(hit?.interpretations[0]?.related).toContainEqual(
      expect.objectContaining({
        family: "win32",
        value: "0x00000005",
        names: expect.arrayContaining(["ERROR_ACCESS_DENIED"]),
        relation: "wraps",
      }),
    );
  });

  it("answers in Spanish with --lang es", async () => {
    const out = await lookup("--lang", "es", "0x80070005");
    expect(out).toContain("Causas:");
    expect(out).toContain("Soluciones:");
  });

  it("rejects an unknown option with usage and exit code 2", async () => {
    await expect(run(process.execPath, [BIN, "lookup", "--colour", "x"])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining("unknown option --colour"),
    });
  });

  it("answers 1,000 queries from standard input in one process, one JSON line each", async () => {
    const queries = Array.from(
      { length: 1_000 },
      (_, i) =>
        [
          "0x80070005",
          "error 1326",
          "no puedo iniciar sesión",
          "Stop code: CRITICAL_PROCESS_DIED",
          `0x${(0x80070000 + i).toString(16)}`,
        ][i % 5],
    );
    const child = spawn(process.execPath, [BIN, "lookup"], { stdio: ["pipe", "pipe", "inherit"] });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stdin.end(`${queries.join("\n")}\n`);
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    const answers = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Answer);
    expect(answers).toHaveLength(1_000);
    expect(answers[0]?.hits[0]?.value).toBe("0x80070005");
    expect(answers[3]?.hits[0]?.value).toBe("0x000000EF");
    expect(answers[999]?.hits[0]?.value).toBe(`0x${(0x80070000 + 999).toString(16).toUpperCase()}`);
  });
});
