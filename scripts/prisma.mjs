#!/usr/bin/env node
// Runs the Prisma CLI offline. Prisma's CLI wants a native schema engine that it downloads from a
// host this project cannot reach; scripts/prisma-schema-engine.mjs stands in for it (see
// docs/decisions/002-offline-prisma-migrations.md). Usage: node scripts/prisma.mjs <prisma args>
import { spawnSync } from "node:child_process";
import { chmodSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const engine = path.join(root, "scripts", "prisma-schema-engine.mjs");
// A clone or an archive may drop the executable bit; the CLI spawns the file directly.
chmodSync(engine, 0o755);

const cli = path.join(root, "node_modules", "prisma", "build", "index.js");
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: engine,
    PRISMA_PROJECT_ROOT: root,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
