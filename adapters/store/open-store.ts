/**
 * Opens the configured store and brings its schema up to date: PostgreSQL when DATABASE_URL is
 * set (replicas share it), otherwise an SQLite file in the data folder.
 */
import path from "node:path";
import { ErrdeskError, type Logger, type Store } from "../../src/index.ts";
import type { SqlDriver } from "./sql/driver.ts";
import { migrate } from "./sql/migrations.ts";
import { describeDatabaseUrl, openPostgresDriver } from "./sql/postgres-driver.ts";
import { createSqlStore } from "./sql/sql-store.ts";
import { openSqliteDriver } from "./sql/sqlite-driver.ts";

export const SQLITE_FILE = "errdesk.db";

export interface StoreSettings {
  /** PostgreSQL connection URL; SQLite when unset. */
  databaseUrl?: string;
  /** Where the SQLite file (and the development salt) live. */
  dataDir: string;
}

export const sqliteFile = (dataDir: string) => path.join(dataDir, SQLITE_FILE);

export function openDriver(settings: StoreSettings, logger: Logger): SqlDriver {
  return settings.databaseUrl
    ? openPostgresDriver(settings.databaseUrl, logger)
    : openSqliteDriver(sqliteFile(settings.dataDir));
}

/** Where the store is, for people: the SQLite file, or host:port/database (never a password). */
export const storeLocation = (settings: StoreSettings) =>
  settings.databaseUrl ? describeDatabaseUrl(settings.databaseUrl) : sqliteFile(settings.dataDir);

export async function openStore(settings: StoreSettings, logger: Logger): Promise<Store> {
  let driver: SqlDriver | undefined;
  try {
    driver = openDriver(settings, logger);
    const { applied, unknown } = await migrate(driver);
    if (applied.length > 0) logger.info({ store: driver.location, applied }, "store: migrations applied");
    if (unknown.length > 0)
      logger.warn(
        { store: driver.location, unknown },
        "store: the database has migrations this version does not know (a newer errdesk ran them)",
      );
    return createSqlStore(driver);
  } catch (error) {
    await driver?.close().catch(() => undefined);
    const fix = settings.databaseUrl ? "check DATABASE_URL and that the server is up" : "check DATA_DIR";
    throw new ErrdeskError(
      "store-unavailable",
      settings.databaseUrl ? "DATABASE_URL" : "DATA_DIR",
      `Cannot open the store at ${storeLocation(settings)}: ${(error as Error).message} (${fix}).`,
    );
  }
}
