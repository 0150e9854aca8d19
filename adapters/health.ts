import type { Route } from "./http/routes.ts";
import { sendJson } from "./http/routes.ts";

/** /healthz: the process answers. /readyz: the knowledge base is loaded and the server is not stopping. */
export function healthRoutes(isReady: () => boolean): Route[] {
  return [
    { method: "GET", path: "/healthz", handler: (_req, res) => sendJson(res, 200, { status: "ok" }) },
    {
      method: "GET",
      path: "/readyz",
      handler: (_req, res) =>
        isReady() ? sendJson(res, 200, { status: "ready" }) : sendJson(res, 503, { status: "not ready" }),
    },
  ];
}
