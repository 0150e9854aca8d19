/**
 * The little the store needs from a database: queries with `?` placeholders, all-or-nothing
 * batches, and one exclusive transaction for migrations. SQLite and PostgreSQL each implement it,
 * so the store's SQL is written once.
 */

export type Dialect = "sqlite" | "postgres";

/** Values bound to `?`: numbers (times, counts, 0/1 flags), text, or null. */
export type SqlValue = string | number | null;

export interface SqlStatement {
  sql: string;
  params?: readonly SqlValue[];
}

export type Row = Record<string, unknown>;

export interface SqlQueries {
  all<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Runs a statement; resolves with the number of rows it inserted, updated or deleted. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

export interface SqlDriver extends SqlQueries {
  readonly dialect: Dialect;
  /** For people: the file, or host:port/database; never a password. */
  readonly location: string;
  /** Runs the statements in one transaction: all of them or none. */
  batch(statements: readonly SqlStatement[]): Promise<void>;
  /**
   * Runs `work` in a transaction that one process at a time may hold, whichever replica gets there
   * first: how two replicas starting together migrate the schema once.
   */
  exclusive<T>(work: (tx: SqlQueries) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `?` → `$1, $2, …` for PostgreSQL. Our SQL has no `?` inside string literals. */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
