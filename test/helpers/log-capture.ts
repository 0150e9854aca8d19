import { Writable } from "node:stream";

/** A pino destination that keeps every JSON line, for tests that read what was logged. */
export function captureLogs() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { destination, lines, entries, text: () => lines.join("\n") };
}
