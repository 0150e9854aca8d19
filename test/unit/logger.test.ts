import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/index.ts";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, destination };
}

describe("createLogger", () => {
  it("writes JSON and redacts tokens, secrets and authorization headers", () => {
    const { lines, destination } = capture();
    const logger = createLogger({ destination });
    logger.info(
      {
        botToken: "xoxb-secret-1",
        config: { signingSecret: "s3cr3t" },
        req: { headers: { authorization: "Bearer abc" } },
      },
      "started",
    );
    const text = lines.join("");
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({ msg: "started", botToken: "[redacted]" });
    for (const secret of ["xoxb-secret-1", "s3cr3t", "Bearer abc"]) expect(text).not.toContain(secret);
  });

  it("keeps debug lines (where message text goes) out at the default level", () => {
    const { lines, destination } = capture();
    createLogger({ destination }).debug({ text: "my password is hunter2" }, "message received");
    expect(lines).toEqual([]);
  });
});
