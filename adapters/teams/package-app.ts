/**
 * `npm run teams:package`: writes build/errdesk-teams.zip, the app package to upload in Teams, with
 * the bot id from MICROSOFT_APP_ID (environment or .env). A missing or malformed id stops with exit
 * code 2 and says where to find it.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { isErrdeskError } from "../../src/index.ts";
import { buildTeamsPackage, readPackageSettings } from "./packaging/build-package.ts";

const OUT = path.resolve("build", "errdesk-teams.zip");

if (existsSync(".env")) process.loadEnvFile(".env");

try {
  const settings = readPackageSettings(process.env);
  const { zip, manifest } = await buildTeamsPackage(settings);
  await mkdir(path.dirname(OUT), { recursive: true });
  await writeFile(OUT, zip);
  const domains =
    (manifest.validDomains as string[] | undefined)?.join(", ") || "none (set ERRDESK_PUBLIC_URL)";
  process.stdout.write(
    `Wrote ${path.relative(process.cwd(), OUT)} (bot ${settings.appId}, valid domains: ${domains}).\n` +
      "Upload it in Teams: Apps › Manage your apps › Upload an app (or Teams admin center › Manage apps › Upload).\n",
  );
} catch (error) {
  process.stderr.write(`teams:package: ${isErrdeskError(error) ? error.message : (error as Error).stack}\n`);
  process.exit(2);
}
