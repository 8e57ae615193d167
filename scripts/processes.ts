import fs from "node:fs";

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/** The command line of a live process (Linux), or "" when it is gone or unreadable. */
function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
  } catch {
    return "";
  }
}

/** The pid in `pidFile` when it is a live process (not this one) whose command line matches `looksLike`. */
export function holdsPidFile(pidFile: string, looksLike: RegExp): number | undefined {
  if (!fs.existsSync(pidFile)) return undefined;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  const live = Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid);
  return live && looksLike.test(commandLine(pid)) ? pid : undefined;
}

/**
 * Stops the process named in `pidFile` when it is still alive and its command line matches
 * `looksLike` (so a recycled pid is left alone): `signal` first, SIGKILL after `graceMs`. The
 * pid file is removed either way. Returns the pid it stopped, if any.
 */
export async function stopLeftover(pidFile: string, looksLike: RegExp, signal: NodeJS.Signals, graceMs = 20_000): Promise<number | undefined> {
  const pid = holdsPidFile(pidFile, looksLike);
  if (pid) {
    process.kill(pid, signal);
    if (!(await waitForExit(pid, graceMs))) {
      process.kill(pid, "SIGKILL");
      await waitForExit(pid, 5_000);
    }
  }
  fs.rmSync(pidFile, { force: true });
  return pid;
}
