/**
 * A fake of Slack's Socket Mode endpoint: a WebSocket server (`ws`) on 127.0.0.1 that errdesk's real
 * Bolt / @slack/socket-mode client connects to, once test/fakes/fake-slack-api.ts answers
 * apps.connections.open with `url` (`setSocketModeAnswer({ ok: true, url })`).
 *
 * What it does, as Slack does: sends `{ type: "hello" }` when a client connects (the client's
 * start() waits for it); sends envelopes `{ envelope_id, type, payload, accepts_response_payload,
 * retry_attempt, retry_reason }` and records the acks (`{ envelope_id, payload }`) the client sends
 * back; answers the client's pings with pongs (ws does it; without pongs the client drops the
 * connection after four pings); and can recycle a connection the two ways Slack does: a
 * `{ type: "disconnect" }` message, or closing the socket.
 * @see https://docs.slack.dev/apis/events-api/using-socket-mode
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import WebSocket from "ws";
import { waitFor } from "../helpers/wait-for.ts";

export const APP_ID = "A00FAKEAPP1";

/** Slack's envelope types: Events API, slash commands, and interactivity (buttons, shortcuts, modals). */
export type EnvelopeType = "events_api" | "slash_commands" | "interactive";

/** What the client sends back for an envelope. */
export interface SocketModeAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface EnvelopeOptions {
  envelopeId?: string;
  /** Slack counts redeliveries from 0; with `retryReason`, what the HTTP X-Slack-Retry-* headers carry. */
  retryAttempt?: number;
  retryReason?: string;
  /** true for slash commands and some interactivity: the ack may carry the answer. */
  acceptsResponsePayload?: boolean;
  /** How long to wait for the ack (waitFor's default otherwise). */
  timeoutMs?: number;
}

export interface FakeSocketConnection {
  /** 1 for the first connection, 2 after a reconnect, … */
  number: number;
  /** The path and query the client opened (the URL apps.connections.open gave it). */
  path: string;
  /** Every JSON message the client sent on this connection (its acks). */
  received: SocketModeAck[];
  /** Pings the client sent (its heartbeat; ws answers each with a pong). */
  pings: number;
  open: boolean;
  /** The close code once closed (1000: the client said goodbye; 1006: the socket just dropped). */
  closeCode?: number;
  socket: WebSocket;
}

export async function startFakeSocketMode() {
  const server = new WebSocket.Server({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const address = server.address();
  const port = typeof address === "object" ? address.port : 0;
  const connections: FakeSocketConnection[] = [];
  const acks: SocketModeAck[] = [];

  server.on("connection", (socket: WebSocket, req: IncomingMessage) => {
    const connection: FakeSocketConnection = {
      number: connections.length + 1,
      path: req.url ?? "/",
      received: [],
      pings: 0,
      open: true,
      socket,
    };
    connections.push(connection);
    socket.on("ping", () => {
      connection.pings++;
    });
    socket.on("message", (data: WebSocket.Data) => {
      const message = JSON.parse(String(data)) as SocketModeAck;
      connection.received.push(message);
      if (message.envelope_id) acks.push(message);
    });
    socket.on("close", (code: number) => {
      connection.open = false;
      connection.closeCode = code;
    });
    socket.on("error", () => undefined);
    // Slack's hello, shape included; the client only reads `type`.
    socket.send(
      JSON.stringify({
        type: "hello",
        num_connections: connections.filter((c) => c.open).length,
        debug_info: { host: "applink-fake-1", build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: APP_ID },
      }),
    );
  });

  const describeConnections = () =>
    connections.map((c) => `#${c.number} ${c.open ? "open" : `closed ${c.closeCode}`}`).join(", ") || "none";

  /** The newest connection, if it is open. */
  const current = () => {
    const last = connections.at(-1);
    return last?.open ? last : undefined;
  };

  return {
    /** What apps.connections.open should answer with; the client opens exactly this. */
    url: `ws://127.0.0.1:${port}/link/?ticket=fake-ticket-0001&app_id=${APP_ID}`,
    connections,
    /** Every ack received, on any connection, in order. */
    acks,
    current,
    /** Resolves with connection number `n` once it is open (hello sent). */
    waitForConnection: (n: number, timeoutMs?: number) =>
      waitFor(
        () => connections.find((c) => c.number === n && c.open),
        `Socket Mode connection #${n} (connections: ${describeConnections()})`,
        timeoutMs,
      ),
    /**
     * Sends an envelope on the newest open connection and resolves with the client's ack (matched by
     * envelope_id, on whatever connection it comes back).
     */
    async sendEnvelope(
      type: EnvelopeType,
      payload: Record<string, unknown>,
      options: EnvelopeOptions = {},
    ): Promise<SocketModeAck> {
      const connection = current();
      if (!connection)
        throw new Error(`no open Socket Mode connection (connections: ${describeConnections()})`);
      const envelopeId = options.envelopeId ?? randomUUID();
      connection.socket.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: options.acceptsResponsePayload ?? type !== "events_api",
          ...(type === "events_api"
            ? { retry_attempt: options.retryAttempt ?? 0, retry_reason: options.retryReason ?? "" }
            : {}),
        }),
      );
      return waitFor(
        () => acks.find((a) => a.envelope_id === envelopeId),
        `the ack of ${type} envelope ${envelopeId}`,
        options.timeoutMs,
      );
    },
    /** Slack's way to recycle a connection: the client should close it and open a new one. */
    sendDisconnect(reason = "refresh_requested") {
      const connection = current();
      if (!connection) throw new Error("no open Socket Mode connection to disconnect");
      connection.socket.send(
        JSON.stringify({ type: "disconnect", reason, debug_info: { host: "applink-fake-1" } }),
      );
    },
    /** The server closes the newest connection (a close frame with `code`). */
    closeCurrent(code = 1001, reason = "going away") {
      const connection = current();
      if (!connection) throw new Error("no open Socket Mode connection to close");
      connection.socket.close(code, reason);
    },
    async close() {
      for (const client of server.clients) client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeSocketMode = Awaited<ReturnType<typeof startFakeSocketMode>>;
