import { describe, expect, it } from "vitest";
import { formatValue, parseValue } from "../../../src/codes/code-family.ts";
import {
  decodeHresult,
  decodeNtstatus,
  hresultFromNt,
  hresultFromWin32,
  ntstatusInsideOf,
  win32InsideOf,
} from "../../../src/codes/decode-fields.ts";

describe("decodeHresult", () => {
  it("splits 0x80090311 into failure, facility 9 and code 0x311", () => {
    expect(decodeHresult(0x80090311)).toEqual({
      severity: "failure",
      reserved: false,
      customer: false,
      ntstatus: false,
      x: false,
      facility: 9,
      code: 0x311,
    });
  });

  it("sees the N bit of an HRESULT_FROM_NT value and the customer bit of a vendor value", () => {
    expect(decodeHresult(0xd0000022)).toMatchObject({
      severity: "failure",
      reserved: true,
      ntstatus: true,
      facility: 0,
      code: 0x22,
    });
    expect(decodeHresult(0xa0040001)).toMatchObject({ customer: true, facility: 4 });
  });
});

describe("decodeNtstatus", () => {
  it("reads the two severity bits", () => {
    expect(decodeNtstatus(0xc0000005).severity).toBe("error");
    expect(decodeNtstatus(0x80000005).severity).toBe("warning");
    expect(decodeNtstatus(0x40000000).severity).toBe("informational");
    expect(decodeNtstatus(0x00000102).severity).toBe("success");
  });

  it("reads a 12-bit facility", () => {
    expect(decodeNtstatus(0xc0070005)).toMatchObject({ facility: 7, code: 5 });
    expect(decodeNtstatus(0xc00a0006)).toMatchObject({ facility: 0xa, code: 6 });
  });
});

describe("wrapping", () => {
  it("HRESULT_FROM_WIN32 and back", () => {
    expect(formatValue(hresultFromWin32(5))).toBe("0x80070005");
    expect(hresultFromWin32(0)).toBe(0);
    expect(win32InsideOf(0x80070005)).toBe(5);
    expect(win32InsideOf(0x8007052e)).toBe(1326);
    expect(win32InsideOf(0x80090311)).toBeUndefined();
  });

  it("HRESULT_FROM_NT and back", () => {
    expect(formatValue(hresultFromNt(0xc0000022))).toBe("0xD0000022");
    expect(formatValue(ntstatusInsideOf(0xd0000022) ?? 0)).toBe("0xC0000022");
    expect(ntstatusInsideOf(0x80070005)).toBeUndefined();
  });
});

describe("parseValue", () => {
  it("reads the forms articles use", () => {
    expect(parseValue("0x80090311")).toBe(0x80090311);
    expect(parseValue("0x8009_0311")).toBe(0x80090311);
    expect(parseValue("1326")).toBe(1326);
    expect(parseValue("0x123456789")).toBeUndefined();
    expect(parseValue("twelve")).toBeUndefined();
  });
});
