/**
 * Imported by the launchers before anything that imports the generated Prisma client (lib/db.ts):
 * `npm install` generates it (the package's own postinstall), an install without scripts
 * (`npm ci --ignore-scripts`) did not, and a missing client fails at import, before any code runs.
 */
import { ensurePrismaClient } from "./prisma-cli";

ensurePrismaClient();
