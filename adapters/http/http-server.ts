/**
 * The one HTTP server every adapter mounts its routes on. It never lets a handler's error crash
 * the process: a thrown HttpError becomes its status, anything else a 500 that is logged.
 * Shutdown stops accepting, lets in-flight requests finish within a deadline, then closes.
 */
import { createServer, type Server } from "node:http";
import type { Logger } from "../../src/index.ts";
import { HttpError, type Route, sendJson } from "./routes.ts";

export interface HttpServer {
  server: Server;
  listen(port: number, host: string): Promise<number>;
  /** Resolves when every in-flight request has finished or the deadline passed. */
  close(deadlineMs: number): Promise<void>;
  inFlight(): number;
}

function matches(route: Route, method: string, path: string): boolean {
  if (route.method !== "ANY" && route.method !== method && !(route.method === "GET" && method === "HEAD"))
    return false;
  return route.prefix
    ? path === route.path || path.startsWith(route.path.endsWith("/") ? route.path : `${route.path}/`)
    : path === route.path;
}

export interface HttpServerOptions {
  /** Handlers give a body this long (408 after); the server cuts any request still arriving a bit later. */
  bodyTimeoutMs: number;
}

export function createHttpServer(
  routes: () => readonly Route[],
  logger: Logger,
  options: HttpServerOptions = { bodyTimeoutMs: 10_000 },
): HttpServer {
  let active = 0;
  let closing = false;
  const idle: (() => void)[] = [];
  // A backstop for slow headers and for bodies no handler reads (404s): Node answers 408 and closes.
  const cutOffMs = options.bodyTimeoutMs + 5_000;

  const server = createServer(
    { requestTimeout: cutOffMs, headersTimeout: cutOffMs, connectionsCheckingInterval: 1_000 },
    async (req, res) => {
      active++;
      res.on("close", () => {
        active--;
        if (active === 0) for (const resolve of idle.splice(0)) resolve();
      });
      if (closing) res.setHeader("connection", "close");
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      const route = routes().find((r) => matches(r, req.method ?? "GET", path));
      if (!route) return sendJson(res, 404, { error: `nothing at ${req.method} ${path}` });
      try {
        await route.handler(req, res);
      } catch (error) {
        if (error instanceof HttpError) {
          if (error.status >= 408)
            logger.info({ path, status: error.status, reason: error.message }, "request refused");
          return sendJson(res, error.status, { error: error.message });
        }
        logger.error({ err: error, path }, "request failed");
        sendJson(res, 500, { error: "internal error" });
      }
    },
  );
  // Requests Node could not parse or that took too long to arrive; a response already under way is cut.
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    const status =
      error.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? "408 Request Timeout"
        : error.code === "HPE_HEADER_OVERFLOW"
          ? "431 Request Header Fields Too Large"
          : "400 Bad Request";
    const responding = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
    if (socket.writable && !responding)
      socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
    else socket.destroy();
  });

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === "object" && address ? address.port : port);
        });
      }),
    close: (deadlineMs) =>
      new Promise((resolve) => {
        closing = true;
        server.close();
        server.closeIdleConnections();
        const done = () => {
          clearTimeout(timer);
          server.closeAllConnections();
          resolve();
        };
        const timer = setTimeout(done, deadlineMs);
        if (active === 0) done();
        else idle.push(done);
      }),
    inFlight: () => active,
  };
}
