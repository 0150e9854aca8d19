/**
 * The two stores every store test runs against: SQLite always, PostgreSQL when DATABASE_URL names
 * a server (.ci/run starts one with test/postgres/start.sh). Each test gets an empty store of its
 * own: a temp folder, or a new database on that server, dropped afterwards.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { StoreSettings } from "../../adapters/store/open-store.ts";

const ADMIN_URL = process.env.DATABASE_URL?.trim() || undefined;

export const POSTGRES_SKIPPED =
  'DATABASE_URL is not set; start a server with eval "$(test/postgres/start.sh)" (.ci/run does)';

export interface FreshStore {
  /** For openStore(). */
  settings: StoreSettings;
  /** For startApp(): DATA_DIR, and DATABASE_URL for PostgreSQL. */
  env: Record<string, string>;
  dataDir: string;
  drop(): Promise<void>;
}

export interface Backend {
  name: "sqlite" | "postgres";
  /** The describe() title: says why when the backend is skipped. */
  title: string;
  available: boolean;
  fresh(): Promise<FreshStore>;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const sqlite: Backend = {
  name: "sqlite",
  title: "SQLite",
  available: true,
  async fresh() {
    const dataDir = await mkdtemp(path.join(tmpdir(), "errdesk-store-"));
    return {
      settings: { dataDir },
      env: { DATA_DIR: dataDir },
      dataDir,
      drop: () => rm(dataDir, { recursive: true, force: true }),
    };
  },
};

const postgres: Backend = {
  name: "postgres",
  title: ADMIN_URL ? "PostgreSQL" : `PostgreSQL (skipped: ${POSTGRES_SKIPPED})`,
  available: Boolean(ADMIN_URL),
  async fresh() {
    const name = `errdesk_test_${randomBytes(6).toString("hex")}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    const url = new URL(ADMIN_URL ?? "");
    url.pathname = `/${name}`;
    const dataDir = await mkdtemp(path.join(tmpdir(), "errdesk-store-"));
    return {
      settings: { databaseUrl: url.toString(), dataDir },
      env: { DATA_DIR: dataDir, DATABASE_URL: url.toString() },
      dataDir,
      async drop() {
        await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  },
};

if (!ADMIN_URL) console.info(`PostgreSQL store tests skipped: ${POSTGRES_SKIPPED}`);

export const BACKENDS: readonly Backend[] = [sqlite, postgres];
