/** Regenerates manifest/color.png and manifest/outline.png: `npx tsx adapters/teams/packaging/draw-icons.ts`. */
import { writeFile } from "node:fs/promises";
import { MANIFEST_DIR } from "./build-package.ts";
import { drawColorIcon, drawOutlineIcon } from "./icons.ts";

await writeFile(`${MANIFEST_DIR}/color.png`, drawColorIcon());
await writeFile(`${MANIFEST_DIR}/outline.png`, drawOutlineIcon());
process.stdout.write(`wrote ${MANIFEST_DIR}/color.png and outline.png\n`);
