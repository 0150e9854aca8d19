import type { CodeFamily } from "./code-family.ts";
import type { HresultFields, NtstatusFields } from "./decode-fields.ts";

/** Where the names shown for a reading come from. */
export type NameSource = "header" | "article" | "none";

/** A code in another family that means the same error, or one the value wraps. */
export interface RelatedReading {
  family: CodeFamily;
  /** "0x" + 8 upper-case hex digits. */
  value: string;
  /** How people write it: decimal for Win32, hex otherwise. */
  display: string;
  names: string[];
  /** Why they are linked: wrapped inside the value, or the same error in another family. */
  relation: "wraps" | "same-error";
}

export type InterpretationFields =
  | { kind: "hresult"; facilityNames: string[]; vendorDefined: boolean; fields: HresultFields }
  | { kind: "ntstatus"; facilityNames: string[]; vendorDefined: boolean; fields: NtstatusFields }
  | { kind: "win32"; code: number }
  | {
      kind: "bugcheck";
      code: number;
      parameters: { text: string; value: string | null; names: string[] }[];
    };

/** One plausible reading of a value, e.g. 0x7B as a bug check or as a Win32 error. */
export interface Interpretation {
  family: CodeFamily;
  value: string;
  display: string;
  /** Empty when no catalog or article names the value. */
  names: string[];
  nameSource: NameSource;
  /** Header files the names come from. */
  sources: string[];
  fields: InterpretationFields;
  /** The wrapped error and the same error in other families. */
  related: RelatedReading[];
  /** Id of the article that explains this reading, if any. */
  articleId: string | null;
  /** Higher is more likely; only the order means anything. */
  score: number;
}
