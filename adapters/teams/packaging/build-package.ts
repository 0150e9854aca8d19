/**
 * Builds the Teams app package: manifest.json (bot id filled in) plus the two icons, zipped at the
 * root as Teams requires.
 * @see https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ErrdeskError } from "../../../src/index.ts";
import type { Env } from "../../config.ts";
import { createZip } from "./zip.ts";

export const MANIFEST_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "manifest");
export const PACKAGE_FILES = ["manifest.json", "color.png", "outline.png"] as const;
/** Stands for the bot id in the committed manifest. */
export const PLACEHOLDER_ID = "00000000-0000-0000-0000-000000000000";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PackageSettings {
  /** The Azure Bot's Microsoft App ID; also used as the Teams app id. */
  appId: string;
  /** Public base URL of errdesk (https://errdesk.contoso.com): its host goes into validDomains. */
  publicUrl?: URL;
}

export function readPackageSettings(env: Env): PackageSettings {
  const appId = env.MICROSOFT_APP_ID?.trim() ?? "";
  if (!appId)
    throw new ErrdeskError(
      "config-invalid",
      "MICROSOFT_APP_ID",
      "MICROSOFT_APP_ID is missing: set it to the Microsoft App ID of your Azure Bot (Configuration page), in the environment or in .env.",
    );
  if (!GUID.test(appId) || appId === PLACEHOLDER_ID)
    throw new ErrdeskError(
      "config-invalid",
      "MICROSOFT_APP_ID",
      `MICROSOFT_APP_ID=${appId} is not a GUID like 0b3c5f2e-1a2b-4c3d-8e9f-0123456789ab: copy the Microsoft App ID from your Azure Bot's Configuration page.`,
    );
  const raw = env.ERRDESK_PUBLIC_URL?.trim();
  if (!raw) return { appId };
  let publicUrl: URL;
  try {
    publicUrl = new URL(raw);
  } catch {
    publicUrl = new URL("invalid:");
  }
  if (publicUrl.protocol !== "https:")
    throw new ErrdeskError(
      "config-invalid",
      "ERRDESK_PUBLIC_URL",
      `ERRDESK_PUBLIC_URL=${raw} must be the https URL Teams reaches errdesk at, e.g. https://errdesk.contoso.com`,
    );
  return { appId, publicUrl };
}

type Manifest = Record<string, unknown> & {
  bots?: { botId: string }[];
  composeExtensions?: { botId: string }[];
  developer?: Record<string, string>;
};

/** The committed manifest with the bot id (and, when known, the public host) filled in. */
export function fillManifest(template: Manifest, settings: PackageSettings): Manifest {
  const manifest = structuredClone(template);
  manifest.id = settings.appId;
  for (const bot of manifest.bots ?? []) bot.botId = settings.appId;
  for (const extension of manifest.composeExtensions ?? []) extension.botId = settings.appId;
  if (settings.publicUrl) {
    manifest.validDomains = [settings.publicUrl.host];
    if (manifest.developer) manifest.developer.websiteUrl = settings.publicUrl.origin;
  }
  return manifest;
}

export async function readManifestTemplate(dir = MANIFEST_DIR): Promise<Manifest> {
  return JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8")) as Manifest;
}

export async function buildTeamsPackage(settings: PackageSettings, dir = MANIFEST_DIR) {
  const manifest = fillManifest(await readManifestTemplate(dir), settings);
  const icons = await Promise.all(PACKAGE_FILES.slice(1).map((name) => readFile(path.join(dir, name))));
  const zip = createZip([
    { name: "manifest.json", data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8") },
    ...PACKAGE_FILES.slice(1).map((name, i) => ({ name, data: icons[i] as Buffer })),
  ]);
  return { manifest, zip };
}
