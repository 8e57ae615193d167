import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";

const root = path.resolve(__dirname, "..", "..");

export type Varnish = { url: string; stop: () => Promise<void> };

/**
 * A real Varnish (Debian's varnishd, with varnish-modules' xkey) in front of one app server, with
 * the repository's VCL (deploy/varnish/factdesk.vcl) pointed at `backendPort`. As root it runs as
 * Debian's varnish users (its default jail); otherwise as the current user.
 */
export async function startVarnish(port: number, backendPort: number): Promise<Varnish> {
  const varnishd = ["/usr/sbin/varnishd", "/usr/bin/varnishd"].find((file) => fs.existsSync(file));
  if (!varnishd) throw new Error("varnishd is missing: apt-get install -y varnish varnish-modules (.ci/run installs them)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-varnish-"));
  fs.chmodSync(dir, 0o755);
  const vcl = fs
    .readFileSync(path.join(root, "deploy", "varnish", "factdesk.vcl"), "utf8")
    .replace('.port = "3000";', `.port = "${backendPort}";`);
  const vclFile = path.join(dir, "factdesk.vcl");
  fs.writeFileSync(vclFile, vcl, { mode: 0o644 });
  const root_ = process.getuid?.() === 0;
  const args = ["-F", "-a", `127.0.0.1:${port}`, "-T", "none", "-f", vclFile, "-s", "malloc,32m", "-n", path.join(dir, "work")];
  if (!root_) args.push("-j", "none");
  const child = spawn(varnishd, args, { stdio: ["ignore", "ignore", "pipe"] });
  let output = "";
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  await expect(async () => {
    expect(child.exitCode, `varnishd exited:\n${output}`).toBeNull();
    await fetch(`${url}/about`);
  }).toPass({ timeout: 60_000 });
  return {
    url,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
      spawnSync("rm", ["-rf", dir]);
    },
  };
}
