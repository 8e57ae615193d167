import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { adminUrl } from "@/lib/testing/database";
import { PROJECT_ROOT } from "./db/embedded";

function check(schemaFile?: string) {
  return spawnSync(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "migrate-check.ts"), ...(schemaFile ? ["--schema", schemaFile] : [])], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: adminUrl() },
    encoding: "utf8",
    timeout: 90_000,
  });
}

describe("npm run db:migrate:check", () => {
  it("passes for the committed schema and migrations", () => {
    const result = check();
    expect(result.status, result.stdout + result.stderr).toBe(0);
  }, 120_000);

  it("fails with exit code 2 when the schema changed without a migration", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-schema-"));
    try {
      const changed = path.join(dir, "schema.prisma");
      const schema = fs.readFileSync(path.join(PROJECT_ROOT, "prisma", "schema.prisma"), "utf8");
      fs.writeFileSync(changed, schema.replace("model Topic {", "model Topic {\n  colour String?"));
      const result = check(changed);
      expect(result.status, result.stdout + result.stderr).toBe(2);
      expect(result.stdout + result.stderr).toMatch(/colour/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
