import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/index.ts";

const FILE = "articles/en/sample-error.md";

function article(front: string, body = VALID_BODY): string {
  return `---\n${front}\n---\n${body}`;
}

const VALID_FRONT = `id: sample-error
lang: en
title: Sample error
codes:
  - value: "0x80070005"
    family: hresult
    names: [E_ACCESSDENIED]
summary: Something was denied.
symptoms:
  - access denied copying files
  - cant open folder says denied
  - installer fails access denied`;

const VALID_BODY = `
## Causes

- **No permission on the folder.** The account is not in the ACL.
  More explanation on a second line.
- **UAC filtered the token.** Not elevated.
- **A file is locked.** Antivirus holds it.

## Fixes

### 1. Check the ACL
Risk: none. Read-only.

\`\`\`powershell
Get-Acl -Path C:\\Data | Format-List
\`\`\`

### 2. Run elevated
Risk: low — the program runs with full rights.

Right-click and choose Run as administrator.

### 3. Take ownership
Risk: high. Changes the owner
and the permissions below.

\`\`\`cmd
takeown /f C:\\Data /r /d y
\`\`\`

## Details

0x80070005 is HRESULT_FROM_WIN32(5).
`;

describe("parseArticle", () => {
  it("reads front matter, causes, fixes with risks and commands, and details", () => {
    const result = parseArticle(FILE, article(VALID_FRONT));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const a = result.article;
    expect(a.codes).toEqual([{ value: 0x80070005, family: "hresult", names: ["E_ACCESSDENIED"] }]);
    expect(a.causes.map((c) => c.title)).toEqual([
      "No permission on the folder.",
      "UAC filtered the token.",
      "A file is locked.",
    ]);
    expect(a.causes[0]?.text).toContain("More explanation on a second line.");
    expect(a.fixes.map((f) => [f.title, f.risk])).toEqual([
      ["Check the ACL", "none"],
      ["Run elevated", "low"],
      ["Take ownership", "high"],
    ]);
    expect(a.fixes[0]?.commands).toEqual([
      { shell: "powershell", code: "Get-Acl -Path C:\\Data | Format-List" },
    ]);
    expect(a.fixes[1]?.riskNote).toBe("the program runs with full rights.");
    expect(a.fixes[1]?.text).toBe("Right-click and choose Run as administrator.");
    expect(a.fixes[2]?.riskNote).toBe("Changes the owner and the permissions below.");
    expect(a.fixes[2]?.text).toBe("");
    expect(a.details).toBe("0x80070005 is HRESULT_FROM_WIN32(5).");
  });

  it("accepts Spanish headings and risk words", () => {
    const body = VALID_BODY.replace("## Causes", "## Causas")
      .replace("## Fixes", "## Soluciones")
      .replace("Risk: none", "Riesgo: ninguno")
      .replace("Risk: high", "Riesgo: alto");
    const result = parseArticle(
      "articles/es/sample-error.md",
      article(VALID_FRONT.replace("lang: en", "lang: es"), body),
    );
    expect(result.ok && result.article.fixes.map((f) => f.risk)).toEqual(["none", "low", "high"]);
  });

  it.each([
    ["no front matter", "# just markdown", 1, "front matter"],
    // YAML reports an unclosed bracket on the line where it notices, the one after.
    [
      "a YAML syntax error",
      article(VALID_FRONT.replace("title: Sample error", "title: [unclosed")),
      5,
      "YAML",
    ],
    [
      "a value that is not a code",
      article(VALID_FRONT.replace('"0x80070005"', '"0xZZ"')),
      6,
      "not a code value",
    ],
    [
      "an unknown family",
      article(VALID_FRONT.replace("family: hresult", "family: posix")),
      7,
      "codes.0.family",
    ],
    [
      "too few symptoms",
      article(VALID_FRONT.replace("  - installer fails access denied", "")),
      11,
      "at least 3 symptom",
    ],
    [
      "an id that is not the file name",
      article(VALID_FRONT.replace("id: sample-error", "id: other")),
      2,
      "must match the file name",
    ],
    [
      "a fix without a risk line",
      article(
        VALID_FRONT,
        VALID_BODY.replace("Risk: high. Changes the owner\nand the permissions below.\n", ""),
      ),
      37,
      'needs a "Risk:" line',
    ],
    [
      "a code block without a shell",
      article(VALID_FRONT, VALID_BODY.replace("```cmd", "```")),
      41,
      "name the shell",
    ],
    ["an unknown front matter key", article(`${VALID_FRONT}\nseverity: high`), 14, "severity"],
  ])("reports %s with its line", (_label, source, line, message) => {
    const result = parseArticle(FILE, source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({ file: FILE, line, message: expect.stringContaining(message) });
  });
});
