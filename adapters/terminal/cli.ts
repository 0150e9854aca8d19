/**
 * The `errdesk` command: `errdesk lookup <text>` for people, `--json` for tools, and a batch mode
 * (no text: one query per line on standard input, one JSON Answer per line out); `errdesk report`
 * for what people asked and what helped (see report.ts).
 */
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import {
  DEFAULT_KNOWLEDGE_DIR,
  type Errdesk,
  formatProblem,
  isErrdeskError,
  LANGUAGES,
  type Language,
  loadErrdesk,
} from "../../src/index.ts";
import { readStoreSettings } from "../config.ts";
import { renderAnswerText } from "./render-text.ts";
import { currentArticles, parseReportArgs, runReport } from "./report.ts";
import { UsageError } from "./usage-error.ts";

export { UsageError };

const USAGE = `Usage:
  errdesk lookup <code or words> [--json] [--lang en|es]   explain an error code or a symptom
  errdesk lookup [--lang en|es] < queries.txt             batch: one query per line in, one JSON answer per line out
  errdesk report [--since 7d] [--json]                     top errors, errors without an article, helpfulness
  errdesk help

Examples:
  errdesk lookup 0x80090311
  errdesk lookup "System error 1326 has occurred."
  errdesk lookup --lang es "no puedo entrar por escritorio remoto"
  errdesk report --since 30d
`;

export interface LookupOptions {
  json: boolean;
  lang?: Language;
  text: string;
}

export function parseLookupArgs(args: string[]): LookupOptions {
  const words: string[] = [];
  let json = false;
  let lang: Language | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--json") json = true;
    else if (arg === "--lang" || arg.startsWith("--lang=")) {
      const value = arg.includes("=") ? arg.slice(7) : args[++i];
      if (!LANGUAGES.includes(value as Language))
        throw new UsageError(`--lang must be one of ${LANGUAGES.join(", ")}`);
      lang = value as Language;
    } else if (arg.startsWith("--") && arg.length > 2) throw new UsageError(`unknown option ${arg}`);
    else words.push(arg);
  }
  return { json, text: words.join(" "), ...(lang ? { lang } : {}) };
}

async function runBatch(errdesk: Errdesk, lang: Language | undefined): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!line.trim()) continue;
    process.stdout.write(`${JSON.stringify(errdesk.answer(line, lang ? { lang } : {}))}\n`);
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  if (command === "report") {
    const options = parseReportArgs(rest);
    // The report reads the store the server writes: the same .env, as `npm start` reads it.
    if (existsSync(".env")) process.loadEnvFile(".env");
    const io = {
      out: (text: string) => process.stdout.write(text),
      err: (text: string) => process.stderr.write(text),
    };
    return runReport(options, readStoreSettings(process.env), io, () =>
      currentArticles(process.env.KNOWLEDGE_DIR || DEFAULT_KNOWLEDGE_DIR, io),
    );
  }
  if (command !== "lookup") {
    process.stderr.write(`errdesk: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  const options = parseLookupArgs(rest);
  const { errdesk, problems } = await loadErrdesk(process.env.KNOWLEDGE_DIR || DEFAULT_KNOWLEDGE_DIR);
  for (const problem of problems) process.stderr.write(`warning: ${formatProblem(problem)}\n`);
  if (!options.text) {
    await runBatch(errdesk, options.lang);
    return 0;
  }
  const answer = errdesk.answer(options.text, options.lang ? { lang: options.lang } : {});
  if (options.json) process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
  else
    process.stdout.write(
      renderAnswerText(answer, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR }),
    );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`errdesk: ${error.message}\n\n${USAGE}`);
    else if (isErrdeskError(error)) process.stderr.write(`errdesk: ${error.message}\n`);
    else process.stderr.write(`errdesk: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
