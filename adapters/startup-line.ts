import type { AppConfig } from "./config.ts";
import type { MountedAdapter } from "./http/mounted-adapter.ts";

/** What runs where, in one glance: "Playground: http://localhost:3978 · Slack: … · Teams: …". */
export function startupLine(options: {
  url: string;
  config: AppConfig;
  adapters: MountedAdapter[];
  playground: boolean;
}): string {
  const { url, config, adapters } = options;
  const status = (name: string) => adapters.find((a) => a.name === name)?.status;
  return [
    `Playground: ${options.playground ? url : "off (PLAYGROUND=false)"}`,
    `Slack: ${status("slack") ?? `not configured (${config.slackOff ?? "set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET"})`}`,
    `Teams: ${status("teams") ?? config.teamsOff ?? "off"}`,
  ].join(" · ");
}
