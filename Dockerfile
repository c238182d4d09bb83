# Switchboard API + web app in one image.
#   docker build -t switchboard .
#   docker run --init -p 4000:4000 -e DATABASE_URL=… -e REDIS_URL=… -e CHROMA_URL=… -e JWT_SECRET=… switchboard
# The process runs the API bundle (dist/api/main.mjs, as `npm start` does; worker threads still load
# their TypeScript through tsx, and modules read their data files from api/); the web app and the
# bundle are built at image build time, at the same path (/app) they run from.

# ---- build: all dependencies, build the web app, then drop the dev dependencies ----
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
 && node scripts/build-api.mjs \
 && npm prune --omit=dev --no-audit --no-fund

# ---- runtime ----
FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DATA_DIR=/app/.data \
    WEB_DIST=/app/web/dist
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/package.json /app/package-lock.json /app/tsconfig.json ./
COPY --from=build /app/api ./api
COPY --from=build /app/dist/api ./dist/api
COPY --from=build /app/web/dist ./web/dist
# DATA_DIR is only written when a service is left unset (embedded PostgreSQL/Chroma, a generated JWT secret).
RUN mkdir -p /app/.data && chown node:node /app/.data
# The stock non-root user of the node images (uid 1000).
USER node
EXPOSE 4000
# Liveness only; /readyz (dependencies) is what an orchestrator should route on.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM starts a graceful shutdown (drains HTTP and WebSockets for up to SHUTDOWN_TIMEOUT_MS).
CMD ["node", "--experimental-async-context-frame", "--max-semi-space-size=64", "--enable-source-maps", "dist/api/main.mjs"]
