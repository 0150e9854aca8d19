/** Errors a person can cause and fix (a missing directory, a bad variable); callers branch on `code`. */
export type ErrdeskErrorCode =
  | "knowledge-unreadable"
  | "catalog-unreadable"
  | "config-invalid"
  | "store-unavailable";

export class ErrdeskError extends Error {
  readonly code: ErrdeskErrorCode;
  /** The file, directory or variable at fault. */
  readonly where: string;

  constructor(code: ErrdeskErrorCode, where: string, message: string) {
    super(message);
    this.name = "ErrdeskError";
    this.code = code;
    this.where = where;
  }
}

export function isErrdeskError(error: unknown): error is ErrdeskError {
  return error instanceof ErrdeskError;
}
