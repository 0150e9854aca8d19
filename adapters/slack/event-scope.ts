/**
 * Which Slack request the current work belongs to. The Web API client's retry hook runs deep
 * inside @slack/web-api; AsyncLocalStorage lets it log the event id without threading it through.
 */
import { AsyncLocalStorage } from "node:async_hooks";

export interface EventScope {
  /** Slack's event_id (Events API), the key Slack retries with. */
  eventId?: string | undefined;
  /** Ours, for commands, buttons and shortcuts that have no event_id. */
  requestId: string;
  /** The Web API method being called, inside callSlack. */
  method?: string;
  /** Date.now() when the request arrived: an answer's recorded latency runs from here. */
  receivedAt?: number;
}

const storage = new AsyncLocalStorage<EventScope>();
let counter = 0;

export const newRequestId = () => `r${Date.now().toString(36)}${(counter++).toString(36)}`;

export function runInScope<T>(scope: EventScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/** Log fields for the current request: never the token or the message text. */
export function scopeFields(): Partial<EventScope> {
  const scope = storage.getStore();
  if (!scope) return {};
  return {
    ...(scope.eventId ? { eventId: scope.eventId } : {}),
    requestId: scope.requestId,
    ...(scope.method ? { method: scope.method } : {}),
  };
}

export const currentScope = () => storage.getStore();
