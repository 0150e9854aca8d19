/**
 * SQLite through better-sqlite3: one file, one synchronous connection. WAL lets the report command
 * read while the server writes, and the busy timeout lets two processes on one file (a developer
 * running two servers, the cross-process test) take turns instead of failing.
 * @see https://github.com/WiseLibs/better-sqlite3/blob/master/docs/api.md
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { SqlDriver, SqlQueries, SqlValue } from "./driver.ts";

const BUSY_TIMEOUT_MS = 5_000;

/**
 * Exclusive work per file, in this process. Another process waits on SQLite's lock (busy timeout);
 * a second connection in this same thread cannot: its synchronous wait would stop the event loop
 * the first one needs to finish, so it queues here first.
 */
const exclusiveQueues = new Map<string, Promise<unknown>>();

export function openSqliteDriver(file: string): SqlDriver {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  db.pragma("journal_mode = WAL");
  // WAL with synchronous=NORMAL never corrupts the file; a power cut may lose the last records.
  db.pragma("synchronous = NORMAL");
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const run = (sql: string, params: readonly SqlValue[] = []) => prepare(sql).run(...params).changes;
  const queries: SqlQueries = {
    all: async <T>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).all(...params) as T[],
    run: async (sql, params) => run(sql, params),
  };
  const batch = db.transaction((list: readonly { sql: string; params?: readonly SqlValue[] }[]) => {
    for (const s of list) run(s.sql, s.params);
  });

  return {
    dialect: "sqlite",
    location: file,
    ...queries,
    batch: async (list) => batch(list),
    // IMMEDIATE takes the write lock at once, so a second process waits (busy timeout) instead of
    // migrating too. Only migrations use it, before the store serves anything on this connection.
    exclusive(work) {
      const key = path.resolve(file);
      const turn = (exclusiveQueues.get(key) ?? Promise.resolve()).then(async () => {
        db.exec("BEGIN IMMEDIATE");
        try {
          const result = await work(queries);
          db.exec("COMMIT");
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec("ROLLBACK");
          throw error;
        }
      });
      const settled = turn.catch(() => undefined);
      exclusiveQueues.set(key, settled);
      void settled.then(() => {
        if (exclusiveQueues.get(key) === settled) exclusiveQueues.delete(key);
      });
      return turn;
    },
    close: async () => {
      statements.clear();
      db.close();
    },
  };
}
