import { describe, expect, it } from "vitest";
import { readCommand, readMention, readMessage, toPlainText } from "../../../adapters/slack/translate.ts";

const base = {
  type: "message",
  channel: "C00FAKECHAN1",
  channel_type: "channel",
  user: "U00FAKEUSER1",
  ts: "1700000000.000100",
};

describe("toPlainText", () => {
  it("drops mentions and special mentions, keeps channel names and link labels, unescapes", () => {
    expect(
      toPlainText(
        "<@U00FAKEBOT> <!here> see <#C00FAKECHAN1|helpdesk>: <https://x.test/a|the log> &lt;0x80070005&gt; &amp; more",
      ),
    ).toBe("see #helpdesk: the log <0x80070005> & more");
    expect(toPlainText("<@W00FAKEUSER|jane> STOP 0x0000007B <mailto:a@b.test>")).toBe(
      "STOP 0x0000007B mailto:a@b.test",
    );
  });
});

describe("readMessage", () => {
  it("answers people in channels in the message's thread, and at the top of a DM", () => {
    expect(readMessage({ ...base, text: "0x80070005" }, "U00FAKEBOT")).toMatchObject({
      answer: true,
      surface: "channel",
      threadTs: base.ts,
      text: "0x80070005",
    });
    expect(readMessage({ ...base, text: "x", thread_ts: "1699999999.000100" }, undefined)).toMatchObject({
      threadTs: "1699999999.000100",
    });
    expect(
      readMessage({ ...base, channel: "D00FAKEDM001", channel_type: "im", text: "help me" }, undefined),
    ).toMatchObject({
      answer: true,
      surface: "dm",
      threadTs: undefined,
    });
    expect(readMessage({ ...base, subtype: "thread_broadcast", text: "0x5" }, undefined).answer).toBe(true);
  });

  it("never answers bots, itself, edits, deletions, joins or empty text", () => {
    const reasons = [
      readMessage({ ...base, bot_id: "B00OTHERBOT", text: "0x80070005" }, undefined),
      readMessage({ ...base, subtype: "bot_message", text: "0x80070005" }, undefined),
      readMessage({ ...base, user: "U00FAKEBOT", text: "0x80070005" }, "U00FAKEBOT"),
      readMessage({ ...base, subtype: "message_changed" }, undefined),
      readMessage({ ...base, subtype: "message_deleted" }, undefined),
      readMessage({ ...base, subtype: "channel_join", text: "joined" }, undefined),
      readMessage({ ...base, text: "<@U00FAKEBOT>" }, undefined),
    ].map((d) => (d.answer ? "answered" : d.reason));
    expect(reasons).toEqual([
      "bot message",
      "bot message",
      "own message",
      "edit",
      "deletion",
      "subtype channel_join",
      "no text",
    ]);
  });
});

describe("readMention", () => {
  it("strips the mention and answers in the thread; an empty mention asks for help", () => {
    expect(readMention({ ...base, type: "app_mention", text: "<@U00FAKEBOT> can't rdp" })).toMatchObject({
      text: "can't rdp",
      threadTs: base.ts,
    });
    expect(readMention({ ...base, type: "app_mention", text: "<@U00FAKEBOT>" })).toMatchObject({
      answer: true,
      text: "",
    });
    expect(
      readMention({ ...base, type: "app_mention", bot_id: "B00OTHERBOT", text: "<@U00FAKEBOT> hi" }).answer,
    ).toBe(false);
  });
});

describe("readCommand", () => {
  it("reads help, mode and questions", () => {
    expect(readCommand("")).toEqual({ kind: "help" });
    expect(readCommand("  HELP ")).toEqual({ kind: "help" });
    expect(readCommand("ayuda")).toEqual({ kind: "help" });
    expect(readCommand("mode")).toEqual({ kind: "mode" });
    expect(readCommand("mode mentions")).toEqual({ kind: "mode", mode: "mentions" });
    expect(readCommand("modo menciones")).toEqual({ kind: "mode", mode: "mentions" });
    expect(readCommand("mode Codes")).toEqual({ kind: "mode", mode: "codes" });
    expect(readCommand("mode loud")).toEqual({ kind: "mode", invalid: "loud" });
    expect(readCommand("0x80070005 on &lt;server&gt;")).toEqual({
      kind: "lookup",
      text: "0x80070005 on <server>",
    });
    expect(readCommand("mode of transport failed 0x5")).toEqual({
      kind: "lookup",
      text: "mode of transport failed 0x5",
    });
  });
});
