/**
 * App Home: what errdesk does, where to ask, examples, and the user's last five lookups.
 * @see https://docs.slack.dev/reference/events/app_home_opened
 */
import type { App } from "@slack/bolt";
import { chooseLanguage } from "../../../src/index.ts";
import { LIMITS } from "../render/limits.ts";
import { homeView } from "../render/views.ts";
import { checked, outcome, type SlackRuntime } from "../runtime.ts";
import { callSlack } from "../web-api.ts";

export function registerHome(app: App, rt: SlackRuntime): void {
  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return outcome(rt, "messages tab");
    const locale = await rt.locales.get(client, event.user);
    const view = homeView(
      chooseLanguage({ ...(locale ? { locale } : {}), text: "" }),
      rt.recent.list(event.user),
    );
    view.blocks = checked(rt, { text: "", blocks: view.blocks }, LIMITS.viewBlocks).blocks;
    const published = await callSlack(rt.logger, "views.publish", () =>
      client.views.publish({ user_id: event.user, view: view as never }),
    );
    outcome(rt, published ? "home published" : "home failed");
  });
}
