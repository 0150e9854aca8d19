import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const KB_LINT = ["--import", "tsx", "adapters/terminal/kb-lint.ts"];

describe("npm run kb:lint", () => {
  it("passes on the knowledge base", async () => {
    const { stdout } = await run(process.execPath, KB_LINT);
    expect(stdout).toMatch(/kb:lint: \d+ en and \d+ es articles, 0 problems/);
  });

  it("rejects the seed article's mistake with file:line: 0x80090311 is not SEC_E_INVALID_HANDLE", async () => {
    const failure = await run(process.execPath, [...KB_LINT, "test/fixtures/kb-seed-mistake"]).catch(
      (e) => e,
    );
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain(
      "test/fixtures/kb-seed-mistake/articles/en/sec-e-no-authenticating-authority.md:8: SEC_E_INVALID_HANDLE is hresult 0x80090301 in the catalog, not 0x80090311",
    );
    // The related-errors table of the seed article misnames two more codes.
    expect(failure.stderr).toMatch(
      /:18: the catalog calls 0x80090304 SEC_E_INTERNAL_ERROR[^,]*, not SEC_E_NO_SUCH_ENTITY/,
    );
    expect(failure.stderr).toMatch(
      /:25: SEC_E_INVALID_TOKEN is hresult 0x80090308 in the catalog, not 0x8009030E/,
    );
  });

  it("says clearly when the folder does not exist", async () => {
    const failure = await run(process.execPath, [...KB_LINT, "/nonexistent/knowledge"]).catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(
      /cannot read the knowledge base at \/nonexistent\/knowledge\/articles \(ENOENT\)/,
    );
  });
});
