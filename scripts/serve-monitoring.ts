import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { listenForRevalidation, REVALIDATE_HEADER, REVALIDATE_TOKEN_ENV } from "@/lib/monitoring/revalidate";
import { PROJECT_ROOT } from "./db/embedded";

/**
 * The web server's part in monitoring (lib/monitoring): it listens for page-cache refreshes sent
 * by workers in other processes, and with FACTDESK_WORKER=1 (set by `npm start`, and by the
 * end-to-end tests' server) it runs one worker as a child process, so page rendering never waits
 * for a heavy job. Stopping waits for the worker to finish or hand back its running jobs.
 */
export function startMonitoring(settings: { port: number; databaseUrl: string }): { stop(): Promise<void> } {
  const token = randomBytes(24).toString("hex");
  process.env[REVALIDATE_TOKEN_ENV] = token;
  const listener = listenForRevalidation(settings.databaseUrl, (tags) => {
    fetch(`http://127.0.0.1:${settings.port}/api/internal/revalidate`, {
      method: "POST",
      headers: { [REVALIDATE_HEADER]: token, "Content-Type": "application/json" },
      body: JSON.stringify(tags),
    }).catch((error: unknown) => console.error("[factdesk] could not refresh pages after a worker's change:", error));
  });

  let worker: ChildProcess | undefined;
  if (process.env.FACTDESK_WORKER === "1") {
    worker = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "worker.ts")], {
      cwd: PROJECT_ROOT,
      // The worker reads the same settings; TSX_TSCONFIG_PATH lets it load server modules.
      env: { ...process.env, [REVALIDATE_TOKEN_ENV]: "", TSX_TSCONFIG_PATH: process.env.TSX_TSCONFIG_PATH || "tsconfig.scripts.json" },
      // The IPC channel closes when this process dies, even by SIGKILL: the worker then stops too.
      stdio: ["inherit", "inherit", "inherit", "ipc"],
    });
  }
  const workerExited = worker ? new Promise<void>((resolve) => worker.once("exit", () => resolve())) : Promise.resolve();

  return {
    async stop() {
      if (worker && worker.exitCode === null && worker.signalCode === null) worker.kill("SIGTERM");
      await Promise.all([workerExited, listener.stop()]);
    },
  };
}
