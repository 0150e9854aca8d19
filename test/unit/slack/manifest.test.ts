/**
 * The manifest asks for exactly what the code uses, and Bolt stays behind adapters/slack with the
 * renderer pure (no Slack package, no I/O), so the playground can import it.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { EVENTS_PATH } from "../../../adapters/slack/index.ts";
import { SHORTCUT_CALLBACK_ID } from "../../../adapters/slack/listeners/shortcut.ts";
import { forbiddenImports, importsOf, sourceFiles } from "../../helpers/source-imports.ts";

async function sources(dir: string): Promise<Map<string, string>> {
  const files = await sourceFiles(dir);
  return new Map(await Promise.all(files.map(async (file) => [file, await readFile(file, "utf8")] as const)));
}

/** Bot scopes each Web API method and event needs. @see https://docs.slack.dev/reference/scopes */
const METHOD_SCOPES: Record<string, string[]> = {
  "auth.test": [],
  "chat.postMessage": ["chat:write"],
  "chat.update": ["chat:write"],
  "chat.postEphemeral": ["chat:write"],
  "users.info": ["users:read"],
  "conversations.info": ["channels:read", "groups:read", "mpim:read"],
  "views.open": [],
  "views.push": [],
  "views.update": [],
  "views.publish": [],
};
const EVENT_SUBSCRIPTIONS: Record<string, { events: string[]; scopes: string[] }> = {
  message: {
    events: ["message.channels", "message.groups", "message.im", "message.mpim"],
    scopes: ["channels:history", "groups:history", "im:history", "mpim:history"],
  },
  app_mention: { events: ["app_mention"], scopes: ["app_mentions:read"] },
  app_home_opened: { events: ["app_home_opened"], scopes: [] },
};

interface Manifest {
  features: {
    slash_commands: { command: string; url: string }[];
    shortcuts: { type: string; callback_id: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
    socket_mode_enabled: boolean;
  };
}

describe("adapters/slack/manifest.yaml", () => {
  it("requests exactly the scopes and events the code uses", async () => {
    const manifest = parse(await readFile("adapters/slack/manifest.yaml", "utf8")) as Manifest;
    const code = [...(await sources("adapters/slack")).values()].join("\n");
    const methods = [...new Set([...code.matchAll(/client\.(\w+)\.(\w+)\(/g)].map((m) => `${m[1]}.${m[2]}`))];
    const events = [...new Set([...code.matchAll(/app\.event\("(\w+)"/g)].map((m) => m[1] ?? ""))];
    for (const method of methods) expect(METHOD_SCOPES, `scopes for ${method}`).toHaveProperty([method]);
    for (const event of events)
      expect(EVENT_SUBSCRIPTIONS, `subscription for ${event}`).toHaveProperty([event]);

    const scopes = new Set([
      "commands",
      ...methods.flatMap((m) => METHOD_SCOPES[m] ?? []),
      ...events.flatMap((e) => EVENT_SUBSCRIPTIONS[e]?.scopes ?? []),
    ]);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...scopes].sort());
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      events.flatMap((e) => EVENT_SUBSCRIPTIONS[e]?.events ?? []).sort(),
    );
  });

  it("has the command, the shortcut, and one request URL, for HTTP mode", async () => {
    const manifest = parse(await readFile("adapters/slack/manifest.yaml", "utf8")) as Manifest;
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(["/errdesk"]);
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ type: "message", callback_id: SHORTCUT_CALLBACK_ID }),
    ]);
    const urls = [
      ...manifest.features.slash_commands.map((c) => c.url),
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
    ];
    for (const url of urls) expect(new URL(url).pathname).toBe(EVENTS_PATH);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(false);
  });
});

describe("Bolt stays behind adapters/slack", () => {
  it("no file outside adapters/slack imports a Slack package", async () => {
    const outsideSlack = (spec: string, file: string) =>
      spec.startsWith("@slack/") && !file.startsWith(`adapters${path.sep}slack${path.sep}`);
    expect([
      ...(await forbiddenImports("src", outsideSlack)),
      ...(await forbiddenImports("adapters", outsideSlack)),
    ]).toEqual([]);
  });

  it("the renderer imports no Slack package, no Node module and no wiring", async () => {
    const offenders: string[] = [];
    for (const [file, source] of await sources("adapters/slack/render")) {
      for (const spec of importsOf(source)) {
        const allowed =
          spec.startsWith("./") ||
          /^\.\.\/(?:messages\.ts|\.\.\/shared\/|\.\.\/\.\.\/src\/index\.ts)/.test(spec);
        if (!allowed) offenders.push(`${file}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
