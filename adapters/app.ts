/**
 * The composition root: reads the configuration, loads the knowledge base, opens the store, mounts
 * the configured adapters, the playground (with its Insights page) and the health checks on one
 * HTTP server. `main.ts` runs it for real;
 * integration tests start it on a free port with their own environment.
 */
import { createLogger, DEFAULT_KNOWLEDGE_DIR, type Logger, type Store } from "../src/index.ts";
import { type AppConfig, type Env, readConfig } from "./config.ts";
import { healthRoutes } from "./health.ts";
import { createHttpServer } from "./http/http-server.ts";
import type { AdapterDeps, MountedAdapter } from "./http/mounted-adapter.ts";
import type { Route } from "./http/routes.ts";
import { type LiveKnowledge, loadLiveKnowledge } from "./live-knowledge.ts";
import { createSlackAdapter } from "./slack/index.ts";
import { startupLine } from "./startup-line.ts";
import { openStore } from "./store/open-store.ts";
import { createRecorder } from "./store/recorder.ts";
import { startRetention } from "./store/retention.ts";
import { loadSalt } from "./store/salt.ts";
import { createTeamsAdapter } from "./teams/index.ts";
import { createPlayground } from "./web/index.ts";
import { createInsights } from "./web/insights.ts";

export interface RunningApp {
  url: string;
  port: number;
  config: AppConfig;
  logger: Logger;
  knowledge: LiveKnowledge;
  store: Store;
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
  const { databaseUrl } = config.store;
  const store = await openStore({ dataDir: config.dataDir, ...(databaseUrl ? { databaseUrl } : {}) }, logger);
  logger.info(`Store: ${store.dialect === "postgres" ? "PostgreSQL" : "SQLite"} ${store.location}`);
  const recorder = createRecorder(store, {
    salt: await loadSalt(config.dataDir, config.store.salt),
    keepQueryText: config.store.keepQueryText,
    logger,
    maxFallbackKeys: config.maxTrackedKeys,
  });
  const retention = startRetention(store, { days: config.store.retentionDays, logger });

  const deps: AdapterDeps = {
    knowledge,
    logger,
    dataDir: config.dataDir,
    maxBodyBytes: config.maxBodyBytes,
    bodyTimeoutMs: config.bodyTimeoutMs,
    rateLimits: config.rateLimits,
    maxTrackedKeys: config.maxTrackedKeys,
    recorder,
  };
  const adapters: MountedAdapter[] = [];
  if (config.slack) adapters.push(await createSlackAdapter(config.slack, deps));
  if (config.teams) adapters.push(await createTeamsAdapter(config.teams, deps));
  const playground = config.playground ? createPlayground(deps) : undefined;

  let ready = true;
  const routes: Route[] = [
    ...healthRoutes(() => ready && knowledge.current().knowledgeBase.size > 0),
    ...adapters.flatMap((a) => a.routes),
    ...(playground?.routes ?? []),
    ...(playground
      ? createInsights({ store, articles: () => knowledge.current().knowledgeBase }).routes
      : []),
  ];
  const http = createHttpServer(() => routes, logger, { bodyTimeoutMs: config.bodyTimeoutMs });
  const port = await http.listen(config.port, config.host);
  const url = `http://localhost:${port}`;
  logger.info(startupLine({ url, config, adapters, playground: Boolean(playground) }));

  return {
    url,
    port,
    config,
    logger,
    knowledge,
    store,
    adapters,
    async stop() {
      ready = false;
      knowledge.stop();
      await http.close(config.shutdownTimeoutMs);
      await Promise.all(adapters.map((a) => a.stop()));
      // Last: adapters finishing their replies still record them.
      await retention.stop();
      await store.close();
    },
  };
}
