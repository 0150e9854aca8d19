/**
 * User ids are stored as an HMAC with a secret salt: the same person counts once in a report, and
 * nobody holding the database can turn a hash back into a Slack or Teams id without the salt.
 * Production sets STORE_SALT (the configuration requires it); in development a random salt is
 * generated once and kept in the data folder, so hashes stay stable across restarts.
 */
import { createHmac, randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Platform } from "../../src/index.ts";

export const SALT_FILE = "store-salt";

export async function loadSalt(dataDir: string, configured?: string): Promise<string> {
  if (configured) return configured;
  const file = path.join(dataDir, SALT_FILE);
  try {
    return (await readFile(file, "utf8")).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const salt = randomBytes(32).toString("hex");
  try {
    // "wx": when two processes start together, the second one reads the first one's salt.
    await writeFile(file, `${salt}\n`, { mode: 0o600, flag: "wx" });
    return salt;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return (await readFile(file, "utf8")).trim();
  }
}

/** 32 hex characters (128 bits): plenty to tell people apart, short in every row. */
export function hashUser(salt: string, platform: Platform, userId: string): string {
  return createHmac("sha256", salt).update(`${platform}:${userId}`).digest("hex").slice(0, 32);
}
