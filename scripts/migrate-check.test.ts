import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { adminUrl } from "@/scripts/testing/database";
import { PROJECT_ROOT } from "./db/embedded";

function check(schemaFile?: string, env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: adminUrl() }) {
  return spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "migrate-check.ts"), ...(schemaFile ? ["--schema", schemaFile] : [])],
    {
      cwd: PROJECT_ROOT,
      env,
      encoding: "utf8",
      timeout: 90_000,
    },
  );
}

describe("npm run db:migrate:check", () => {
  it("passes for the committed schema and migrations", () => {
    const result = check();
    expect(result.status, result.stdout + result.stderr).toBe(0);
  }, 300_000);

  function withChangedSchema(run: (schemaFile: string, dir: string) => void) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-schema-"));
    fs.chmodSync(dir, 0o755);
    try {
      const changed = path.join(dir, "schema.prisma");
      const schema = fs.readFileSync(path.join(PROJECT_ROOT, "prisma", "schema.prisma"), "utf8");
      fs.writeFileSync(changed, schema.replace("model Topic {", "model Topic {\n  colour String?"));
      run(changed, dir);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  it("fails with exit code 2 when the schema changed without a migration", () => {
    withChangedSchema((changed) => {
      const result = check(changed);
      expect(result.status, result.stdout + result.stderr).toBe(2);
      expect(result.stdout + result.stderr).toMatch(/colour/);
    });
  }, 300_000);

  it("also tells the difference on the embedded PostgreSQL 18, without DATABASE_URL", () => {
    withChangedSchema((changed, dir) => {
      const env: NodeJS.ProcessEnv = { ...process.env, FACTDESK_DATA_DIR: path.join(dir, "data"), FACTDESK_DB_PORT: "54395" };
      delete env.DATABASE_URL;
      const result = check(changed, env);
      expect(result.status, result.stdout + result.stderr).toBe(2);
      expect(check(undefined, env).status).toBe(0);
    });
  }, 300_000);
});
