import { request } from "node:http";

export interface RawResponse {
  /** 0 when the connection ended before any response arrived. */
  status: number;
  body: string;
  /** Why there was no response (ECONNRESET, EPIPE…). */
  error?: string;
}

export interface RawRequest {
  url: string;
  method?: string;
  headers?: Record<string, string | number>;
  /** Sent as is; a Buffer keeps invalid UTF-8 invalid. */
  body?: string | Buffer;
  /** Sent one after another as a chunked body (no content-length unless given). */
  chunks?: Iterable<Buffer>;
  /** Sends the headers, and `body` if any, then stops sending without ending the request. */
  stall?: boolean;
  /** Sends the headers only and waits for the answer before sending anything else. */
  headersOnly?: boolean;
}

/**
 * One request over node:http with full control of what is sent (fetch adds headers and refuses
 * some bodies): for huge, slow and malformed requests. Resolves with the response, or with the
 * error that ended the connection first.
 */
export function rawRequest(options: RawRequest): Promise<RawResponse> {
  return new Promise((resolve) => {
    const url = new URL(options.url);
    let settled = false;
    const done = (response: RawResponse) => {
      if (settled) return;
      settled = true;
      req.destroy();
      resolve(response);
    };
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: options.method ?? "POST",
        headers: options.headers ?? {},
        agent: false,
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          body += chunk;
        });
        res.on("end", () => done({ status: res.statusCode ?? 0, body }));
        res.on("error", () => done({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) =>
      done({ status: 0, body: "", error: error.code ?? error.message }),
    );
    if (options.headersOnly) return void req.flushHeaders();
    if (options.body !== undefined) req.write(options.body);
    if (options.stall) return;
    if (options.chunks) {
      const chunks = options.chunks[Symbol.iterator]();
      const pump = () => {
        for (;;) {
          if (settled) return;
          const next = chunks.next();
          if (next.done) return void req.end();
          if (!req.write(next.value)) return void req.once("drain", pump);
        }
      };
      return pump();
    }
    req.end();
  });
}
