import fs from "node:fs";

/**
 * A process named for good: a pid alone may be reused by an unrelated process after the first one
 * exits, but a pid together with its start time (ticks since boot, /proc/<pid>/stat) may not.
 */
export type ProcessIdentity = { pid: number; startTime: string };

/** Field 22 of /proc/<pid>/stat, or undefined when the process is gone or a zombie (Linux). */
function startTimeOf(pid: number): string | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const state = fields[0]; // field 3
  if (state === "Z" || state === "X") return undefined;
  return fields[19]; // field 22
}

export function identify(pid: number): ProcessIdentity | undefined {
  const startTime = startTimeOf(pid);
  return startTime ? { pid, startTime } : undefined;
}

/** Whether the very process that `who` names is still running (not a later one with its pid). */
export function isRunning(who: ProcessIdentity | undefined): boolean {
  return who !== undefined && startTimeOf(who.pid) === who.startTime;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  // An exited child that its parent has not reaped yet still answers signals: it counts as gone.
  return startTimeOf(pid) !== undefined;
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/** Sends `signal`, then SIGKILL when the process has not exited after `graceMs`. */
export async function stopProcess(pid: number, signal: NodeJS.Signals, graceMs: number): Promise<void> {
  try {
    process.kill(pid, signal);
  } catch {
    return; // already gone
  }
  if (!(await waitForExit(pid, graceMs))) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      return;
    }
    await waitForExit(pid, 5_000);
  }
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
export async function stopLeftover(
  pidFile: string,
  looksLike: RegExp,
  signal: NodeJS.Signals,
  graceMs = 20_000,
): Promise<number | undefined> {
  const pid = holdsPidFile(pidFile, looksLike);
  if (pid) await stopProcess(pid, signal, graceMs);
  fs.rmSync(pidFile, { force: true });
  return pid;
}

// ------------------------------------------------------------------ records of running launchers

/** What a launcher writes about itself; `T` is what else it wants others to know. */
export type LauncherRecord<T> = T & { launcher: ProcessIdentity };

export function readRecord<T>(file: string): LauncherRecord<T> | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LauncherRecord<T>;
  } catch {
    return undefined; // gone, or half-written by a launcher that was killed while writing it
  }
}

/**
 * Creates `file` for this launcher unless another live launcher holds it. A file whose launcher
 * is gone is handed to `onAbandoned` (to clean up what that launcher left running) and replaced.
 * The file is created exclusively, so two launchers racing for it cannot both win.
 * Returns undefined on success, or the live holder's record.
 */
export async function claimRecord<T>(
  file: string,
  content: T,
  onAbandoned: (record: LauncherRecord<T> | undefined) => Promise<void>,
): Promise<LauncherRecord<T> | undefined> {
  const self = identify(process.pid);
  if (!self) throw new Error("Cannot read this process's own start time from /proc (Linux only).");
  for (;;) {
    try {
      fs.writeFileSync(file, JSON.stringify({ ...content, launcher: self }), { flag: "wx" });
      return undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readRecord<T>(file);
    if (holder && isRunning(holder.launcher)) return holder;
    await onAbandoned(holder);
    fs.rmSync(file, { force: true });
  }
}

/** Rewrites this launcher's own record (e.g. once its web server has a pid). */
export function updateRecord<T>(file: string, content: T): void {
  const self = identify(process.pid)!;
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify({ ...content, launcher: self }));
  fs.renameSync(temporary, file); // never half-written for a reader
}

/** Removes `file` when it is this launcher's record. */
export function releaseRecord(file: string): void {
  if (readRecord(file)?.launcher.pid === process.pid) fs.rmSync(file, { force: true });
}
