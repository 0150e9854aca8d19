/** The store's variables in adapters/config.ts: defaults, checks, and secrets never echoed. */
import { describe, expect, it } from "vitest";
import { readConfig, readStoreSettings } from "../../../adapters/config.ts";

describe("store configuration", () => {
  it("defaults to SQLite in the data folder, no text kept, 90 days", () => {
    expect(readConfig({}).store).toEqual({ keepQueryText: false, retentionDays: 90 });
    expect(readStoreSettings({})).toEqual({ dataDir: "./data" });
  });

  it("reads PostgreSQL, the salt, text keeping and retention", () => {
    const env = {
      DATABASE_URL: "postgres://errdesk:pw@db:5432/errdesk",
      STORE_SALT: "0123456789abcdef0123",
      STORE_QUERY_TEXT: "true",
      RETENTION_DAYS: "30",
      DATA_DIR: "/srv/errdesk",
    };
    expect(readConfig(env).store).toEqual({
      databaseUrl: "postgres://errdesk:pw@db:5432/errdesk",
      salt: "0123456789abcdef0123",
      keepQueryText: true,
      retentionDays: 30,
    });
    expect(readStoreSettings(env)).toEqual({
      dataDir: "/srv/errdesk",
      databaseUrl: "postgres://errdesk:pw@db:5432/errdesk",
    });
  });

  it("requires STORE_SALT in production, and says how to make one", () => {
    expect(() => readConfig({ NODE_ENV: "production" })).toThrow(
      /STORE_SALT is missing: .*openssl rand -hex 32/,
    );
    expect(readConfig({ NODE_ENV: "production", STORE_SALT: "a-production-salt-0123" }).store.salt).toBe(
      "a-production-salt-0123",
    );
  });

  it.each([
    [
      { DATABASE_URL: "mysql://root:hunter2secret@db/errdesk" },
      "DATABASE_URL must be a PostgreSQL URL",
      "hunter2secret",
    ],
    [{ STORE_SALT: "shortsecretx" }, "STORE_SALT must be at least 16 characters", "shortsecretx"],
    [{ RETENTION_DAYS: "0" }, "RETENTION_DAYS=0 is not a whole number from 1 to 3650", undefined],
    [{ STORE_QUERY_TEXT: "maybe" }, "STORE_QUERY_TEXT=maybe must be true or false", undefined],
  ])("refuses %o naming the variable, never echoing a secret", (env, message, secret) => {
    let text = "";
    try {
      readConfig(env);
    } catch (error) {
      text = (error as Error).message;
    }
    expect(text).toContain(message);
    if (secret) expect(text).not.toContain(secret);
  });

  it("the report's reader checks DATABASE_URL too", () => {
    expect(() => readStoreSettings({ DATABASE_URL: "sqlite:///tmp/x" })).toThrow(
      "DATABASE_URL must be a PostgreSQL URL",
    );
  });
});
