import { type LoadedErrdesk, loadErrdesk } from "../../src/index.ts";

let loaded: Promise<LoadedErrdesk> | undefined;

/** The real catalog and knowledge base, loaded once per test file. */
export function realErrdesk(): Promise<LoadedErrdesk> {
  loaded ??= loadErrdesk();
  return loaded;
}
