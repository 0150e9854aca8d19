import { describe, expect, it } from "vitest";
import { forbiddenImports } from "../../helpers/source-imports.ts";

describe("the store port stays a port", () => {
  it("src/store imports no database driver and does no I/O", async () => {
    expect(
      await forbiddenImports("src/store", (spec) =>
        /^(?:node:|better-sqlite3|pg$|pg\/|fs|path|net)/.test(spec),
      ),
    ).toEqual([]);
  });

  it("only adapters/store names a database driver", async () => {
    const outside = async (dir: string) =>
      forbiddenImports(
        dir,
        (spec, file) => /^(?:better-sqlite3|pg)$/.test(spec) && !file.includes("adapters/store/"),
      );
    expect([...(await outside("src")), ...(await outside("adapters"))]).toEqual([]);
  });
});
