import { describe, expect, it } from "vitest";
import { articleMarkdown, escapeLiteral, shorten } from "../../../adapters/teams/render/teams-markdown.ts";

/** What a CommonMark reader makes of an escaped string: each backslash escape stands for its character. */
const readEscapes = (text: string) => text.replace(/\\([\\`*_[\]<>~\-+#.])/g, "$1");

describe("Teams Markdown", () => {
  it("escapes literal text so UNC paths, names and commands survive Markdown", () => {
    for (const literal of [
      "net use Z: \\\\fileserver01\\shared /user:CONTOSO\\jdoe",
      "Resolve-DnsName -Type SRV _ldap._tcp.dc._msdcs.contoso.com",
      "ERROR_ACCESS_DENIED",
      "Get-ChildItem *.log | Select-Object -First 5",
      "- not a list item",
      "<domain>",
    ]) {
      const escaped = escapeLiteral(literal);
      expect(readEscapes(escaped)).toBe(literal);
      expect(escaped).not.toMatch(/(?<!\\)[_*<]/);
    }
  });

  it("joins hard-wrapped article lines, keeps paragraphs, lists and emphasis, flattens code spans", () => {
    const text =
      "The NTFS ACL does not\ngrant the right.\n\n- first\n- second\n\nRun **as admin**: `C:\\Windows\\_x`";
    expect(articleMarkdown(text)).toBe(
      "The NTFS ACL does not grant the right.\n\n- first\n- second\n\nRun **as admin**: C:\\\\Windows\\\\\\_x",
    );
  });

  it("shortens on a word boundary without leaving a dangling escape", () => {
    expect(shorten("short", 10)).toBe("short");
    const cut = shorten("aaaa bbbb cccc dddd eeee", 12);
    expect(cut).toBe("aaaa bbbb…");
    expect(shorten("abcdefghi\\_xyz", 10)).toBe("abcdefghi…");
  });
});
