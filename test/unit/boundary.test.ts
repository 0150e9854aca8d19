import { describe, expect, it } from "vitest";
import { forbiddenImports } from "../helpers/source-imports.ts";

describe("the core stays platform-neutral", () => {
  it("src/ imports no adapter and no Slack or Teams package", async () => {
    expect(
      await forbiddenImports("src", (spec) =>
        /^@slack\/|^botbuilder|^botframework|adaptivecards|\/adapters\//.test(spec),
      ),
    ).toEqual([]);
  });

  it("adapters reach the core only through src/index.ts", async () => {
    expect(
      await forbiddenImports("adapters", (spec) => /\/src\//.test(spec) && !/\/src\/index\.ts$/.test(spec)),
    ).toEqual([]);
  });
});
