import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";

const root = path.resolve(__dirname, "..", "..");

export type AppServer = { url: string; stop: () => Promise<void> };

/**
 * Another production app server on the run's build and database, as a second machine would run
 * it (scripts/serve.ts, the production settings `npm test` gives the first one): on its own
 * port, with its own copy of the build folder (without the first server's cache, as on another
 * machine). `env` adds or overrides settings.
 */
export async function startAppServer(name: string, port: number, env: Record<string, string> = {}): Promise<AppServer> {
  const distDir = process.env.NEXT_DIST_DIR || ".next-test";
  const ownDistDir = `${distDir}-${name}`;
  const from = path.join(root, distDir);
  fs.rmSync(path.join(root, ownDistDir), { recursive: true, force: true });
  fs.cpSync(from, path.join(root, ownDistDir), { recursive: true, filter: (source) => source !== path.join(from, "cache") });
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "serve.ts")], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: ownDistDir, PORT: String(port), ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://localhost:${port}`;
  // Ready when it answers (a condition, not a wait): a cold Next.js server takes seconds to start.
  await expect(async () => {
    expect(child.exitCode, `app server ${name} exited`).toBeNull();
    expect((await fetch(`${url}/about`)).status).toBe(200);
  }).toPass({ timeout: 120_000 });
  return {
    url,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
      fs.rmSync(path.join(root, ownDistDir), { recursive: true, force: true });
    },
  };
}

/** A free-looking port near the run's own (PORT is random per run; +1…+3 are taken by fixtures). */
export function sparePort(offset: number): number {
  return Number(process.env.PORT ?? 3000) + offset;
}
