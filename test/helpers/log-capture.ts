import { Writable } from "node:stream";
import { waitFor } from "./wait-for.ts";

/** A pino destination that keeps every JSON line as an object, for tests that read what was logged. */
export function captureLogs() {
  const lines: Record<string, unknown>[] = [];
  let partial = "";
  const destination = new Writable({
    write(chunk, _encoding, done) {
      partial += chunk.toString();
      const parts = partial.split("\n");
      partial = parts.pop() ?? "";
      for (const part of parts) if (part.trim()) lines.push(JSON.parse(part) as Record<string, unknown>);
      done();
    },
  });
  return {
    destination,
    lines,
    /** Every line as JSON text, for "this secret appears nowhere" checks. */
    text: () => lines.map((l) => JSON.stringify(l)).join("\n"),
    waitFor: (match: (line: Record<string, unknown>) => boolean, what: string, timeoutMs?: number) =>
      waitFor(() => lines.find(match), `log line: ${what}`, timeoutMs),
  };
}
