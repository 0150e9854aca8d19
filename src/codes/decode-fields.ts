/**
 * Field-by-field decoding of HRESULT and NTSTATUS values.
 * @see https://learn.microsoft.com/openspecs/windows_protocols/ms-erref/
 */

export interface HresultFields {
  /** Bit 31: set for failures. */
  severity: "success" | "failure";
  /** Bit 30, reserved; set in values that wrap an NTSTATUS. */
  reserved: boolean;
  /** Bit 29: set for vendor-defined (customer) values. */
  customer: boolean;
  /** Bit 28: set when the value is HRESULT_FROM_NT of an NTSTATUS. */
  ntstatus: boolean;
  /** Bit 27, reserved. */
  x: boolean;
  /** Bits 16-26. */
  facility: number;
  /** Bits 0-15. */
  code: number;
}

export interface NtstatusFields {
  /** Bits 30-31. */
  severity: "success" | "informational" | "warning" | "error";
  /** Bit 29: set for vendor-defined (customer) values. */
  customer: boolean;
  /** Bit 28, reserved. */
  reserved: boolean;
  /** Bits 16-27. */
  facility: number;
  /** Bits 0-15. */
  code: number;
}

export const FACILITY_WIN32 = 7;
/** NTSTATUS facility that wraps a Win32 error (FACILITY_NTWIN32). */
export const NT_FACILITY_WIN32 = 7;
const HRESULT_NT_BIT = 0x1000_0000;

export function decodeHresult(value: number): HresultFields {
  const v = value >>> 0;
  return {
    severity: v & 0x8000_0000 ? "failure" : "success",
    reserved: (v & 0x4000_0000) !== 0,
    customer: (v & 0x2000_0000) !== 0,
    ntstatus: (v & HRESULT_NT_BIT) !== 0,
    x: (v & 0x0800_0000) !== 0,
    facility: (v >>> 16) & 0x7ff,
    code: v & 0xffff,
  };
}

const NT_SEVERITIES = ["success", "informational", "warning", "error"] as const;

export function decodeNtstatus(value: number): NtstatusFields {
  const v = value >>> 0;
  return {
    severity: NT_SEVERITIES[v >>> 30] ?? "error",
    customer: (v & 0x2000_0000) !== 0,
    reserved: (v & HRESULT_NT_BIT) !== 0,
    facility: (v >>> 16) & 0xfff,
    code: v & 0xffff,
  };
}

/** HRESULT_FROM_WIN32, as winerror.h defines it. */
export function hresultFromWin32(win32: number): number {
  return win32 <= 0 ? win32 >>> 0 : ((win32 & 0xffff) | 0x8007_0000) >>> 0;
}

/** The Win32 error a facility-7 HRESULT (0x8007xxxx) or NTSTATUS (0xC007xxxx) carries, if any. */
export function win32InsideOf(value: number): number | undefined {
  const v = value >>> 0;
  if (v >>> 16 === 0x8007 || v >>> 16 === 0xc007) return v & 0xffff;
  return undefined;
}

/** The NTSTATUS an HRESULT_FROM_NT value carries (N bit set), if any. */
export function ntstatusInsideOf(value: number): number | undefined {
  const v = value >>> 0;
  return v & HRESULT_NT_BIT && v & 0x8000_0000 ? (v & ~HRESULT_NT_BIT) >>> 0 : undefined;
}

/** HRESULT_FROM_NT, as winerror.h defines it. */
export function hresultFromNt(ntstatus: number): number {
  return (ntstatus | HRESULT_NT_BIT) >>> 0;
}
