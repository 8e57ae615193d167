import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/**
 * Monitoring workers as separate processes (scripts/worker.ts) on a test database, with short
 * timers, allowed to fetch from the local fixture site `hostPort`.
 */
export type WorkerProcess = { child: ChildProcess; output: () => string; stop(signal?: NodeJS.Signals): Promise<void> };

const ROOT = path.resolve(import.meta.dirname, "..", "..");

export async function startWorkerProcess(
  databaseUrl: string,
  hostPort: string,
  extraEnv: Record<string, string> = {},
): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "worker.ts")], {
    cwd: ROOT,
    env: Object.assign({}, process.env, {
      NODE_ENV: "test",
      TSX_TSCONFIG_PATH: "tsconfig.scripts.json",
      DATABASE_URL: databaseUrl,
      ARTICLE_FETCH_TEST_ALLOW_HOSTS: hostPort,
      FACTDESK_FETCH_GAP_MS: "0",
      FACTDESK_SCHEDULER_SECONDS: "1",
      FACTDESK_SUPERVISE_SECONDS: "1",
      FACTDESK_JOB_RETRY_DELAY_SECONDS: "1",
      ...extraEnv,
    }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (/\[worker\] ready/.test(output)) {
        clearInterval(check);
        resolve();
      } else if (child.exitCode !== null) {
        clearInterval(check);
        reject(new Error(`The worker exited before it was ready:\n${output}`));
      }
    }, 50);
  });
  return {
    child,
    output: () => output,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Waits until `condition` holds, checking every 200 ms; fails after `timeoutMs` with `what`. */
export async function waitFor(what: string, condition: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
