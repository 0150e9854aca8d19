/**
 * The composition root: reads the configuration, loads the knowledge base, mounts the configured
 * adapters, the playground and the health checks on one HTTP server. `main.ts` runs it for real;
 * integration tests start it on a free port with their own environment.
 */
import { createLogger, DEFAULT_KNOWLEDGE_DIR, type Logger } from "../src/index.ts";
import { type AppConfig, type Env, readConfig } from "./config.ts";
import { healthRoutes } from "./health.ts";
import { createHttpServer } from "./http/http-server.ts";
import type { AdapterDeps, MountedAdapter } from "./http/mounted-adapter.ts";
import type { Route } from "./http/routes.ts";
import { type LiveKnowledge, loadLiveKnowledge } from "./live-knowledge.ts";
import { createSlackAdapter } from "./slack/index.ts";
import { startupLine } from "./startup-line.ts";
import { createTeamsAdapter } from "./teams/index.ts";
import { createPlayground } from "./web/index.ts";

export interface RunningApp {
  url: string;
  port: number;
  config: AppConfig;
  logger: Logger;
  knowledge: LiveKnowledge;
  adapters: MountedAdapter[];
  /** Stops accepting, lets in-flight requests finish within the configured deadline, then closes. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Where JSON log lines go; tests capture them. Pretty output on a TTY otherwise. */
  logDestination?: NodeJS.WritableStream;
}

export async function startApp(env: Env, options: StartOptions = {}): Promise<RunningApp> {
  const config = readConfig(env);
  const logger = createLogger({
    level: config.logLevel,
    pretty: !config.production && !options.logDestination && Boolean(process.stdout.isTTY),
    ...(options.logDestination ? { destination: options.logDestination } : {}),
  });
  const knowledge = await loadLiveKnowledge(config.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR, logger);
  if (config.watchKnowledge) knowledge.watch();

  const deps: AdapterDeps = { knowledge, logger, dataDir: config.dataDir, maxBodyBytes: config.maxBodyBytes };
  const adapters: MountedAdapter[] = [];
  if (config.slack) adapters.push(await createSlackAdapter(config.slack, deps));
  if (config.teams) adapters.push(await createTeamsAdapter(config.teams, deps));
  const playground = config.playground ? createPlayground(deps) : undefined;

  let ready = true;
  const routes: Route[] = [
    ...healthRoutes(() => ready && knowledge.current().knowledgeBase.size > 0),
    ...adapters.flatMap((a) => a.routes),
    ...(playground?.routes ?? []),
  ];
  const http = createHttpServer(() => routes, logger);
  const port = await http.listen(config.port, config.host);
  const url = `http://localhost:${port}`;
  logger.info(startupLine({ url, config, adapters, playground: Boolean(playground) }));

  return {
    url,
    port,
    config,
    logger,
    knowledge,
    adapters,
    async stop() {
      ready = false;
      knowledge.stop();
      await http.close(config.shutdownTimeoutMs);
      await Promise.all(adapters.map((a) => a.stop()));
    },
  };
}
