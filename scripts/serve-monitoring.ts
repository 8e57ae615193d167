import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT } from "./db/embedded";

/**
 * The web server's part in monitoring (lib/monitoring): with FACTDESK_WORKER=1 (set by `npm start`,
 * and by the end-to-end tests' server) it runs one worker as a child process, so page rendering
 * never waits for a heavy job. A worker's writes that change public pages reach this server (and
 * every other) through the shared tag store it reads before each request (lib/shared-cache-tags.ts).
 * Stopping waits for the worker to finish or hand back its running jobs.
 */
export function startMonitoring(): { stop(): Promise<void> } {
  let worker: ChildProcess | undefined;
  if (process.env.FACTDESK_WORKER === "1") {
    worker = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "worker.ts")], {
      cwd: PROJECT_ROOT,
      // The worker reads the same settings; TSX_TSCONFIG_PATH lets it load server modules.
      env: { ...process.env, TSX_TSCONFIG_PATH: process.env.TSX_TSCONFIG_PATH || "tsconfig.scripts.json" },
      // The IPC channel closes when this process dies, even by SIGKILL: the worker then stops too.
      stdio: ["inherit", "inherit", "inherit", "ipc"],
    });
  }
  const workerExited = worker ? new Promise<void>((resolve) => worker.once("exit", () => resolve())) : Promise.resolve();

  return {
    async stop() {
      if (worker && worker.exitCode === null && worker.signalCode === null) worker.kill("SIGTERM");
      await workerExited;
    },
  };
}
