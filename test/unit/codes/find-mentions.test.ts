import { beforeAll, describe, expect, it } from "vitest";
import { type Catalog, findMentions, formatValue } from "../../../src/index.ts";
import { realErrdesk } from "../../helpers/errdesk.ts";

let catalog: Catalog;
beforeAll(async () => {
  catalog = (await realErrdesk()).errdesk.catalog;
});

const found = (text: string) =>
  findMentions(text, catalog).map((m) => ({ value: formatValue(m.value), form: m.form, text: m.text }));
const values = (text: string) => findMentions(text, catalog).map((m) => formatValue(m.value));

describe("findMentions finds codes in every form people write", () => {
  it.each([
    ["0x80090311", "0x80090311", "hex"],
    ["0X80090311", "0x80090311", "hex"],
    ["80090311", "0x80090311", "hex-bare"],
    ["0x8009_0311", "0x80090311", "hex"],
    ["-2146893039", "0x80090311", "signed-decimal"],
    ["2148074257", "0x80090311", "unsigned-decimal"],
    ["error 5", "0x00000005", "decimal"],
    ["System error 1326 has occurred.", "0x0000052E", "decimal"],
    ["código de error 0x80070005", "0x80070005", "hex"],
    ["Win32 error: 1603", "0x00000643", "decimal"],
    ["exit code 0x80070643", "0x80070643", "hex"],
    ["MSI returned 1603", "0x00000643", "decimal"],
    ["ERROR_ACCESS_DENIED", "0x00000005", "name"],
    ["E_ACCESSDENIED", "0x80070005", "name"],
    ["STATUS_ACCESS_VIOLATION", "0xC0000005", "name"],
    ["STOP 0x0000007B", "0x0000007B", "hex"],
    ["Stop code: CRITICAL_PROCESS_DIED", "0x000000EF", "name"],
    ["BSOD 0x133", "0x00000133", "hex"],
    ["ERROR_ACESS_DENIED", "0x00000005", "name-typo"],
    ["el equipo da error 1326 al iniciar sesión", "0x0000052E", "decimal"],
    ["C0000005", "0xC0000005", "hex-bare"],
    ["SocketException (10060): A connection attempt failed", "0x0000274C", "decimal"],
    ["socket.gaierror: [Errno 11001] getaddrinfo failed", "0x00002AF9", "decimal"],
    ["error de socket 10054", "0x00002746", "decimal"],
    ["[SC] OpenService FAILED 1060:", "0x00000424", "decimal"],
  ])("%s", (text, value, form) => {
    expect(found(text)).toEqual([expect.objectContaining({ value, form })]);
  });

  it("reports the span of each mention, in order of appearance", () => {
    const text = "Got 0x80070005 then later error 1326 and E_FAIL";
    const mentions = findMentions(text, catalog);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(["0x80070005", "1326", "E_FAIL"]);
  });

  it("reports a value written twice once, at its first place", () => {
    expect(values("0x80070005 ... again 0x80070005 and E_ACCESSDENIED")).toEqual(["0x80070005"]);
  });

  it("reads bug-check parameters after a stop code instead of taking them as codes of their own", () => {
    const [stop, ...rest] = findMentions(
      "0x0000007E (0xFFFFFFFFC0000005, 0xFFFFF80212345678, 0x0, 0x0)",
      catalog,
    );
    expect(rest).toEqual([]);
    expect(formatValue(stop?.value ?? 0)).toBe("0x0000007E");
    expect(stop?.parameters?.[0]).toEqual({ text: "0xFFFFFFFFC0000005", value: 0xc0000005 });
    expect(stop?.parameters?.[1]?.value).toBeUndefined();
  });
});

describe("findMentions ignores what only looks like a number", () => {
  it.each([
    ["a GUID", "{8f3a2b1c-80a1-4c2e-9d4b-80090311abcd}"],
    ["a GUID without braces", "correlation id 80090311-0000-0000-0000-000000000000"],
    ["a KB number", "KB5034441 failed to install"],
    ["a KB number with a space", "KB 5034441"],
    ["an IPv4 address", "server 10.0.0.5 port 445"],
    ["an IPv4 address with port", "connect to 192.168.1.20:3389"],
    ["an IPv6 address", "fe80::1ff:fe23:4567:890a"],
    ["a MAC address", "MAC 00:1A:2B:3C:4D:5E"],
    ["a version", "Windows 10.0.19045.3693"],
    ["a date", "on 2024-01-09 at 10:31:55"],
    ["a US date", "since 01/09/2024"],
    ["a time", "at 10:31"],
    ["a phone number", "call +1 212 555 1234 or (212) 555-1234"],
    ["a size", "the file is 1603 MB and 5 GB free"],
    ["a hex colour", "colour #ff0000 and #80090311"],
    ["a commit hash", "commit 9fceb02d0ae598e95dc970b74767f19372d61af8"],
    ["an id inside a URL", "see https://example.com/tickets/80090311?error=5"],
    ["a plain number without an error word", "we have 5 users and 1326 tickets"],
    ["an HTTP status", "the proxy returned HTTP error 404"],
    ["snake_case that is not an error name", "set max_retries and my_var"],
  ])("%s", (_label, text) => {
    expect(values(text)).toEqual([]);
  });

  it("still finds the code next to those things", () => {
    const log =
      "2024-01-09T10:31:55Z host=10.20.4.17:3389 session={6F9619FF-8B86-D011-B42D-00C04FC964FF} hr=0x80090311 KB5034441";
    expect(values(log)).toEqual(["0x80090311"]);
  });
});

describe("findMentions on big and odd input", () => {
  it("cuts text beyond 40,000 characters instead of failing", () => {
    const text = `${"x ".repeat(25_000)}0x80070005`;
    expect(values(text)).toEqual([]);
    expect(values(`0x80070005 ${"x ".repeat(25_000)}`)).toEqual(["0x80070005"]);
  });

  it("handles empty text", () => {
    expect(values("")).toEqual([]);
  });
});
