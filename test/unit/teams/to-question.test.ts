import { describe, expect, it } from "vitest";
import type { TeamsActivity } from "../../../adapters/teams/activity.ts";
import { stripMentions, toQuestion } from "../../../adapters/teams/to-question.ts";

const BOT = { id: "28:00000000-0000-0000-0000-0000000fa4e0", name: "errdesk" };
const botMention = { type: "mention", text: "<at>errdesk</at>", mentioned: BOT };

const channel = (text: string, entities: TeamsActivity["entities"] = [botMention]): TeamsActivity => ({
  type: "message",
  text,
  recipient: BOT,
  conversation: { id: "19:FAKE@thread.tacv2;messageid=1", conversationType: "channel", isGroup: true },
  entities,
  locale: "en-US",
});

describe("Teams message → question", () => {
  it("strips the bot's mention wherever it is and keeps other people's names", () => {
    const other = { type: "mention", text: "<at>Ana</at>", mentioned: { id: "29:ana" } };
    const activity = channel("<at>errdesk</at> <at>Ana</at> sees 0x80070005 &amp; can&#39;t log in", [
      botMention,
      other,
    ]);
    expect(stripMentions(activity)).toBe("Ana sees 0x80070005 & can't log in");
    expect(toQuestion(activity)).toEqual({
      kind: "question",
      text: "Ana sees 0x80070005 & can't log in",
      context: { locale: "en-US" },
    });
  });

  it("answers in channels and group chats only when the bot is mentioned", () => {
    expect(toQuestion(channel("0x80070005", []))).toEqual({ kind: "ignore", reason: "not-mentioned" });
    const someoneElse = { type: "mention", text: "<at>Ana</at>", mentioned: { id: "29:ana" } };
    expect(toQuestion(channel("<at>Ana</at> 0x80070005", [someoneElse])).kind).toBe("ignore");
  });

  it("answers every personal message, with the client's locale from the activity or clientInfo", () => {
    const personal: TeamsActivity = {
      type: "message",
      text: "error 5",
      recipient: BOT,
      conversation: { id: "a:1", conversationType: "personal" },
      entities: [{ type: "clientInfo", locale: "es-ES" }],
    };
    expect(toQuestion(personal)).toEqual({ kind: "question", text: "error 5", context: { locale: "es-ES" } });
    expect(toQuestion({ ...personal, text: "  " })).toEqual({ kind: "ignore", reason: "empty" });
  });

  it("treats a bare mention and the help command as a request for help", () => {
    expect(toQuestion(channel("<at>errdesk</at>")).kind).toBe("help");
    expect(toQuestion(channel("<at>errdesk</at> ayuda")).kind).toBe("help");
  });
});
