import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./db/embedded";

/** Runs the project's offline Prisma CLI (scripts/prisma.mjs) against `databaseUrl`. */
export function prisma(args: string[], databaseUrl: string): void {
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, "scripts", "prisma.mjs"), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`prisma ${args.join(" ")} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** `npm install` generates the client; an install without scripts did not, so do it here. */
export function ensurePrismaClient(): void {
  if (!fs.existsSync(path.join(PROJECT_ROOT, "lib", "generated", "prisma", "client.ts"))) prisma(["generate"], "");
}
