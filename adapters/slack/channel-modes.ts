/**
 * Per-channel answering mode, kept across restarts in `<DATA_DIR>/slack-channel-modes.json`.
 * Writes are atomic (temp file + rename) and serialised, so a crash never leaves half a file; a
 * file that cannot be read is logged, set aside as `.corrupt`, and treated as empty.
 */
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Logger } from "../../src/index.ts";

/** "codes": answer messages with a code, and mentions (default). "mentions": only mentions. */
export const CHANNEL_MODES = ["codes", "mentions"] as const;
export type ChannelMode = (typeof CHANNEL_MODES)[number];
export const DEFAULT_MODE: ChannelMode = "codes";

export const isChannelMode = (value: unknown): value is ChannelMode =>
  typeof value === "string" && (CHANNEL_MODES as readonly string[]).includes(value);

export interface ChannelModes {
  get(channel: string): ChannelMode;
  /** Applies at once; resolves when saved, rejects when the file could not be written. */
  set(channel: string, mode: ChannelMode): Promise<void>;
  /** Resolves when every pending write has finished. */
  flush(): Promise<void>;
}

export const CHANNEL_MODES_FILE = "slack-channel-modes.json";

interface ModesFile {
  version: 1;
  channels: Record<string, ChannelMode>;
}

function parseModes(text: string): Map<string, ChannelMode> {
  const data = JSON.parse(text) as Partial<ModesFile> | null;
  if (!data || typeof data !== "object" || typeof data.channels !== "object" || data.channels === null)
    throw new Error('expected {"version": 1, "channels": {…}}');
  const modes = new Map<string, ChannelMode>();
  for (const [channel, mode] of Object.entries(data.channels)) {
    if (!/^[A-Z0-9]{2,30}$/.test(channel) || !isChannelMode(mode))
      throw new Error(`"${channel}": "${String(mode)}" is not a channel id with codes or mentions`);
    modes.set(channel, mode);
  }
  return modes;
}

export async function loadChannelModes(dataDir: string, logger: Logger): Promise<ChannelModes> {
  const file = path.resolve(dataDir, CHANNEL_MODES_FILE);
  let modes = new Map<string, ChannelMode>();
  try {
    modes = parseModes(await readFile(file, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") {
      logger.error(
        { file, error: (error as Error).message },
        "Slack channel modes file is unreadable; every channel starts in the default mode",
      );
      await rename(file, `${file}.corrupt`).catch(() => undefined);
    }
  }

  let writing = Promise.resolve();
  const save = async () => {
    const body: ModesFile = { version: 1, channels: Object.fromEntries([...modes].sort()) };
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    await mkdir(path.dirname(file), { recursive: true });
    try {
      await writeFile(temp, `${JSON.stringify(body, null, 2)}\n`, "utf8");
      await rename(temp, file);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
  };

  return {
    get: (channel) => modes.get(channel) ?? DEFAULT_MODE,
    set(channel, mode) {
      modes.set(channel, mode);
      const done = writing.then(save);
      writing = done.catch(() => undefined);
      return done;
    },
    flush: () => writing,
  };
}
