#!/usr/bin/env node
// Runs the TypeScript CLI directly: tsx is a runtime dependency, so there is no build step.
import { register } from "tsx/esm/api";

register();
await import("../adapters/terminal/cli.ts");
