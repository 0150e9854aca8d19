/**
 * PostgreSQL through node-postgres: a small pool shared by every request of this process. Counts
 * and BIGINT times come back as JavaScript numbers (ours stay far below 2^53).
 * @see https://node-postgres.com/apis/pool
 */
import pg from "pg";
import type { Logger } from "../../../src/index.ts";
import { numberedPlaceholders, type SqlDriver, type SqlQueries, type SqlValue } from "./driver.ts";

const INT8 = 20;
const NUMERIC = 1700;
/** Any 64-bit number: migrations hold it while they run, in every replica. */
const MIGRATION_LOCK = 7_341_052_918;

const types = {
  getTypeParser(oid: number, format?: string) {
    if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as "text");
  },
};

/** host:port/database from a connection URL, for logs: no user, no password. */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || "localhost"}:${u.port || "5432"}${u.pathname || "/"}`;
  } catch {
    return "PostgreSQL (unreadable DATABASE_URL)";
  }
}

export function openPostgresDriver(url: string, logger: Logger): SqlDriver {
  // Short timeouts: while the database is away, a claim falls back to memory after seconds, not minutes.
  const pool = new pg.Pool({
    connectionString: url,
    max: 5,
    types,
    connectionTimeoutMillis: 5_000,
    query_timeout: 5_000,
  });
  // An idle connection the server closes (restart, failover) must not crash the process.
  pool.on("error", (error) =>
    logger.warn({ error: { message: error.message } }, "PostgreSQL connection lost"),
  );

  const on = (client: pg.Pool | pg.PoolClient): SqlQueries => ({
    all: async <T>(sql: string, params: readonly SqlValue[] = []) =>
      (await client.query(numberedPlaceholders(sql), [...params])).rows as T[],
    run: async (sql, params = []) =>
      (await client.query(numberedPlaceholders(sql), [...params])).rowCount ?? 0,
  });
  const transaction = async <T>(work: (tx: SqlQueries) => Promise<T>, lock?: number): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      if (lock !== undefined) await client.query("SELECT pg_advisory_xact_lock($1)", [lock]);
      const result = await work(on(client));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };

  return {
    dialect: "postgres",
    location: describeDatabaseUrl(url),
    ...on(pool),
    batch: (list) =>
      transaction(async (tx) => {
        for (const s of list) await tx.run(s.sql, s.params);
      }),
    exclusive: (work) => transaction(work, MIGRATION_LOCK),
    close: () => pool.end(),
  };
}
