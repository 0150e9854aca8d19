import { describe, expect, it } from "vitest";
import {
  codeBlock,
  cut,
  cutMrkdwn,
  escapeMrkdwn,
  markdownToMrkdwn,
  packLines,
} from "../../../adapters/slack/render/mrkdwn.ts";

describe("mrkdwn", () => {
  it("escapes Slack's control characters", () => {
    expect(escapeMrkdwn("a & <b> c")).toBe("a &amp; &lt;b&gt; c");
    expect(codeBlock('icacls "D:\\Data" /grant <user>')).toBe(
      '```\nicacls "D:\\Data" /grant &lt;user&gt;\n```',
    );
  });

  it("turns article Markdown into mrkdwn", () => {
    const markdown =
      "**Bold** and _italic_ and `code`, see\n[the docs](https://learn.microsoft.com/x).\n\n- one\n- two\n\n```cmd\nsfc /scannow\n```\nafter";
    expect(markdownToMrkdwn(markdown)).toBe(
      "*Bold* and _italic_ and `code`, see <https://learn.microsoft.com/x|the docs>.\n\n• one\n• two\n```\nsfc /scannow\n```\nafter",
    );
  });

  it("cuts with an ellipsis, never inside a surrogate pair, and closes an open code fence", () => {
    expect(cut("abcdef", 4)).toBe("abc…");
    expect(cut("ab😀cd", 4)).toBe("ab…");
    const cutBlock = cutMrkdwn(`intro\n${codeBlock("x".repeat(100))}`, 40);
    expect(cutBlock.length).toBeLessThanOrEqual(40);
    expect(cutBlock.endsWith("\n```")).toBe(true);
    expect(cutMrkdwn("a &amp; b", 7)).toBe("a…");
  });

  it("packs lines into as few sections as fit", () => {
    expect(packLines(["aaa", "bbb", "ccc"], 7)).toEqual(["aaa\nbbb", "ccc"]);
    expect(packLines(["x".repeat(10)], 5)).toEqual(["xxxx…"]);
  });
});
