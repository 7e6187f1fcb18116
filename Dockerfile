# The app for docker compose: Node 20, packages from the lockfile, the explorer built once.
# It expects NEO4J_URI (compose sets bolt://neo4j:7687); it does not run the embedded Neo4j.
FROM node:20-bookworm-slim

WORKDIR /app
RUN chown node:node /app
USER node

COPY --chown=node:node package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

COPY --chown=node:node . .
RUN npm run build

ENV PORT=3000
EXPOSE 3000
CMD ["npm", "start"]
