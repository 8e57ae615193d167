/**
 * Production build "if needed": `next build` runs only when the sources, dependencies or the
 * settings baked into the build changed since the last build in that folder.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./db/embedded";

const INPUT_FILES = [
  "package-lock.json",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "instrumentation.ts",
  "prisma/schema.prisma",
];
const INPUT_DIRS = ["app", "components", "lib", "public"];
/** Settings read while pages are prerendered at build time. */
const BAKED_SETTINGS = ["SITE_URL", "ORG_NAME"];

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${path.sep}generated${path.sep}`) && !/\.test\.tsx?$/.test(file));
}

export function buildFingerprint(env: NodeJS.ProcessEnv): string {
  const hash = createHash("sha256");
  const files = [
    ...INPUT_FILES.map((f) => path.join(PROJECT_ROOT, f)).filter((f) => fs.existsSync(f)),
    ...INPUT_DIRS.flatMap((d) => listFiles(path.join(PROJECT_ROOT, d))),
  ].sort();
  for (const file of files) hash.update(path.relative(PROJECT_ROOT, file)).update("\0").update(fs.readFileSync(file));
  for (const name of BAKED_SETTINGS) hash.update(`${name}=${env[name] ?? ""}\0`);
  return hash.digest("hex");
}

const stampFile = (distDir: string) => path.join(PROJECT_ROOT, distDir, "factdesk-build-fingerprint");

/** The fingerprint of the build in `distDir`, or undefined when it holds none. */
function builtFingerprint(distDir: string): string | undefined {
  const built = fs.existsSync(path.join(PROJECT_ROOT, distDir, "BUILD_ID")) && fs.existsSync(stampFile(distDir));
  return built ? fs.readFileSync(stampFile(distDir), "utf8") : undefined;
}

/** Whether `distDir` lacks a build or holds one made from other sources or settings. */
export function buildNeeded(distDir: string, env: NodeJS.ProcessEnv): boolean {
  return builtFingerprint(distDir) !== buildFingerprint(env);
}

/** Builds into `distDir` unless its last build had the same fingerprint. Returns whether it built. */
export function ensureBuild(distDir: string, env: NodeJS.ProcessEnv, log: (m: string) => void): boolean {
  const fingerprint = buildFingerprint(env);
  if (builtFingerprint(distDir) === fingerprint) return false;

  log(`Building the app (next build → ${distDir}/); this takes a minute on a small machine…`);
  const result = spawnSync(process.execPath, [nextBin(), "build"], {
    cwd: PROJECT_ROOT,
    stdio: "inherit",
    env: { ...env, NODE_ENV: "production", NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status}).`);
  fs.writeFileSync(stampFile(distDir), fingerprint);
  return true;
}

export function nextBin(): string {
  return path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next");
}
