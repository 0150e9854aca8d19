# errdesk: one HTTP server for Slack, Teams, the playground and health checks.
# Not built on our development machines (no container engine there); kept simple on purpose.

FROM node:20-bookworm-slim AS deps
# better-sqlite3 compiles its native module when no prebuilt one can be fetched; only this stage needs the tools.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# Runtime dependencies only; tsx runs the TypeScript sources directly, so there is no build step.
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3978 HOST=0.0.0.0 DATA_DIR=/app/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src ./src
COPY adapters ./adapters
COPY knowledge ./knowledge
COPY bin ./bin
RUN mkdir -p /app/data && chown -R node:node /app/data
USER node
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--import", "tsx", "adapters/main.ts"]
