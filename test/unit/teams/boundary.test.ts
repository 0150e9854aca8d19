/**
 * The Bot Framework SDK is archived upstream; moving to its successor should touch one file. Only
 * bot-framework.ts may import botbuilder or botframework-*, and the renderers stay pure (no Node
 * built-ins, no SDK) so the playground and tests can use them anywhere.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { forbiddenImports } from "../../helpers/source-imports.ts";

const TEAMS = "adapters/teams";

describe("Teams adapter boundaries", () => {
  it("imports botbuilder only from bot-framework.ts", async () => {
    const offenders = await forbiddenImports(
      TEAMS,
      (spec, file) => file !== path.join(TEAMS, "bot-framework.ts") && /^botbuilder|^botframework/.test(spec),
    );
    expect(offenders).toEqual([]);
  });

  it("keeps render/ pure: no Node built-ins, no SDK, no I/O", async () => {
    const offenders = await forbiddenImports(path.join(TEAMS, "render"), (spec) =>
      /^node:|^botbuilder|^botframework|adaptivecards/.test(spec),
    );
    expect(offenders).toEqual([]);
  });

  it("imports no other platform adapter", async () => {
    expect(await forbiddenImports(TEAMS, (spec) => /\/(slack|web|terminal)\//.test(spec))).toEqual([]);
  });
});
