/**
 * The schema, as numbered migrations that run at start: each once, in order, recorded in
 * `schema_migrations`, all pending ones in one exclusive transaction (two replicas starting
 * together migrate once; a failed migration leaves the schema as it was). Never edit a migration
 * that has shipped: add the next number.
 *
 * Times are BIGINT milliseconds since the epoch and flags SMALLINT 0/1, so one SQL text serves
 * both dialects; a migration may still give each dialect its own statements.
 */
import type { Dialect, SqlDriver } from "./driver.ts";

export interface Migration {
  id: number;
  name: string;
  up: readonly string[] | Readonly<Record<Dialect, readonly string[]>>;
}

const CODE_COLUMNS = "code TEXT, family TEXT, display TEXT, name TEXT";

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: "questions, codes, feedback, unanswered",
    up: [
      `CREATE TABLE questions (
        id TEXT PRIMARY KEY, at BIGINT NOT NULL, platform TEXT NOT NULL, user_hash TEXT NOT NULL,
        channel_kind TEXT NOT NULL, kind TEXT NOT NULL, lang TEXT NOT NULL, article_id TEXT,
        unanswered SMALLINT NOT NULL, latency_ms INTEGER NOT NULL, text TEXT)`,
      "CREATE INDEX questions_at ON questions (at)",
      // One row per code found; `at` repeated so a report over a window needs no join.
      `CREATE TABLE question_codes (
        question_id TEXT NOT NULL, position INTEGER NOT NULL, at BIGINT NOT NULL,
        code TEXT NOT NULL, family TEXT, display TEXT NOT NULL, name TEXT NOT NULL, article_id TEXT,
        PRIMARY KEY (question_id, position))`,
      "CREATE INDEX question_codes_at ON question_codes (at)",
      `CREATE TABLE feedback (
        id TEXT PRIMARY KEY, at BIGINT NOT NULL, platform TEXT NOT NULL, user_hash TEXT NOT NULL,
        helpful SMALLINT NOT NULL, ${CODE_COLUMNS}, article_id TEXT, lang TEXT, comment TEXT)`,
      "CREATE INDEX feedback_at ON feedback (at)",
      `CREATE TABLE unanswered (
        id TEXT PRIMARY KEY, at BIGINT NOT NULL, platform TEXT NOT NULL, reason TEXT NOT NULL,
        ${CODE_COLUMNS}, article_id TEXT, lang TEXT, text TEXT)`,
      "CREATE INDEX unanswered_at ON unanswered (at)",
    ],
  },
  {
    id: 2,
    name: "event claims for de-duplication across replicas",
    up: [
      "CREATE TABLE event_claims (event_key TEXT PRIMARY KEY, expires_at BIGINT NOT NULL)",
      "CREATE INDEX event_claims_expires_at ON event_claims (expires_at)",
    ],
  },
];

export interface MigrationResult {
  applied: number[];
  /** Migrations in the database that this version does not know (a newer replica ran them). */
  unknown: number[];
}

export async function migrate(
  driver: SqlDriver,
  migrations: readonly Migration[] = MIGRATIONS,
  now: () => number = Date.now,
): Promise<MigrationResult> {
  return driver.exclusive(async (tx) => {
    await tx.run(
      "CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
    );
    const done = new Set(
      (await tx.all<{ id: number }>("SELECT id FROM schema_migrations")).map((r) => Number(r.id)),
    );
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.id - b.id)) {
      if (done.has(migration.id)) continue;
      const up = Array.isArray(migration.up)
        ? migration.up
        : (migration.up as Record<Dialect, readonly string[]>)[driver.dialect];
      for (const sql of up) await tx.run(sql);
      await tx.run("INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)", [
        migration.id,
        migration.name,
        now(),
      ]);
      applied.push(migration.id);
    }
    const known = new Set(migrations.map((m) => m.id));
    return { applied, unknown: [...done].filter((id) => !known.has(id)).sort((a, b) => a - b) };
  });
}
