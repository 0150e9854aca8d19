/**
 * What the benchmarks ask: the development query set (read at run time, others keep adding to it),
 * messages with several codes built from it, and generated 20 KB pasted logs.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface DevQuery {
  query: string;
  lang: "en" | "es";
  kind: "symptom" | "code";
  expect: { articleId?: string; value?: string; family?: string };
}

export const DEV_QUERY_DIR = "test/fixtures/dev-queries";

export function readDevQueries(dir = DEV_QUERY_DIR): DevQuery[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as DevQuery[]);
}

/** A small seeded generator (mulberry32), so that every run asks the same things. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const pick = <T>(rand: () => number, items: readonly T[]): T =>
  items[Math.floor(rand() * items.length)] as T;

/** "tried X, then Y, and now Z": two to four code queries of the dev set in one chat message. */
export function severalCodeMessages(codeQueries: readonly string[], count: number, seed = 7): string[] {
  const rand = seeded(seed);
  const joins = [", then ", "; also ", " and after that ", ". Later: ", " / "];
  return Array.from({ length: count }, () => {
    const parts = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(rand, codeQueries));
    return parts.reduce((text, part) => `${text}${pick(rand, joins)}${part}`);
  });
}

const hex = (rand: () => number, digits: number) =>
  Array.from({ length: digits }, () => "0123456789abcdef"[Math.floor(rand() * 16)]).join("");
const guid = (rand: () => number) =>
  `{${hex(rand, 8)}-${hex(rand, 4)}-${hex(rand, 4)}-${hex(rand, 4)}-${hex(rand, 12)}}`;
const ip = (rand: () => number) =>
  `${pick(rand, ["10", "172.16", "192.168"])}.${Math.floor(rand() * 250)}.${1 + Math.floor(rand() * 250)}`;

const SOURCES = [
  "CBS",
  "WindowsUpdateClient",
  "Service Control Manager",
  "MsiInstaller",
  "Kerberos",
  "DNS Client",
];
const NOISE = [
  (r: () => number) => `Session: 31${hex(r, 6)}_${hex(r, 7)} initialized by client WindowsUpdateAgent.`,
  (r: () => number) =>
    `Loaded Servicing Stack v10.0.19041.${3000 + Math.floor(r() * 900)} with Core: C:\\Windows\\winsxs\\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_10.0.19041.3920_none_${hex(r, 16)}\\cbscore.dll`,
  (r: () => number) =>
    `Connecting to ${ip(r)}:${pick(r, ["445", "3389", "88", "443", "135"])} for ${guid(r)} (KB50${Math.floor(r() * 90000 + 10000)})`,
  (r: () => number) =>
    `Reading file C:\\ProgramData\\Contoso\\Agent\\cache\\${hex(r, 12)}.dat (${Math.floor(r() * 90000)} bytes), version 4.${Math.floor(r() * 20)}.${Math.floor(r() * 900)}.0`,
  (r: () => number) =>
    `The ${pick(r, ["Windows Update", "BITS", "Print Spooler", "WinRM"])} service entered the running state. PID ${Math.floor(r() * 60000)}`,
  (r: () => number) =>
    `DNS resolution for fs${Math.floor(r() * 40)}.corp.contoso.com returned ${ip(r)} in ${Math.floor(r() * 200)} ms`,
];
const FAILURES = [
  "Failed to resolve package 'Package_for_KB5034441~31bf3856ad364e35~amd64~~19041.3920.1.2' [HRESULT = 0x800f0831]",
  "Installation Failure: Windows failed to install the following update with error 0x80070643",
  "The Kerberos client received a KRB_AP_ERR_MODIFIED error. Status 0xC000006D",
  "Product: Contoso Agent -- Installation failed. Windows Installer returned 1603.",
  "CredSSP handshake failed hr=0x80090311",
];

/** About `bytes` of Windows log text: timestamps, GUIDs, IPs, paths, versions and a few real codes. */
export function pastedLog(seed: number, bytes = 20_000): string {
  const rand = seeded(seed);
  const lines: string[] = [];
  let size = 0;
  let clock = Date.UTC(2025, 2, 14, 8, 0, 0);
  while (size < bytes) {
    clock += Math.floor(rand() * 900);
    const failure = rand() < 0.02;
    const text = failure ? pick(rand, FAILURES) : pick(rand, NOISE)(rand);
    const line = `${new Date(clock).toISOString()}, ${failure ? "Error" : "Info "} ${pick(rand, SOURCES).padEnd(24)} ${text}`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join("\n").slice(0, bytes);
}
