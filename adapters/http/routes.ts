import type { IncomingMessage, ServerResponse } from "node:http";

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** One path on the shared server. `prefix` routes own every path below theirs. */
export interface Route {
  method: "GET" | "POST" | "ANY";
  path: string;
  prefix?: boolean;
  handler: RouteHandler;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return void res.end();
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendText(
  res: ServerResponse,
  status: number,
  body: string,
  type = "text/plain; charset=utf-8",
): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads the whole body, refusing (413) past `limit` bytes and giving up (408) on a body that stalls. */
export function readBody(req: IncomingMessage, limit: number, timeoutMs = 10_000): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const timer = setTimeout(() => fail(new HttpError(408, "request body too slow")), timeoutMs);
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.removeAllListeners("data");
      // The rest is read and dropped, so the answer still reaches the client; the server's
      // requestTimeout closes a connection that keeps dribbling.
      req.resume();
      reject(error);
    };
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limit) return fail(new HttpError(413, `request body larger than ${limit} bytes`));
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) fail(new HttpError(413, `request body larger than ${limit} bytes`));
      else chunks.push(chunk);
    });
    req.on("end", () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    req.on("error", fail);
    // Every request closes; only one closed before its end is an abort (no error built otherwise).
    req.on("close", () => settled || fail(new HttpError(400, "request aborted")));
  });
}

/** A JSON body, or a 400/415 that says what was wrong. */
export async function readJson(req: IncomingMessage, limit: number, timeoutMs?: number): Promise<unknown> {
  const type = req.headers["content-type"] ?? "";
  if (!/^application\/json\b/i.test(type)) {
    req.resume();
    throw new HttpError(415, "send the body as application/json");
  }
  const raw = await readBody(req, limit, timeoutMs);
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    throw new HttpError(400, "the body is not valid JSON");
  }
}
