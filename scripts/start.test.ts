import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "./db/embedded";

describe("npm start", () => {
  it("stops before touching anything when production settings are missing, naming each one", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "start.ts")], {
      cwd: PROJECT_ROOT,
      // A database URL that nothing listens on: start-up must stop before connecting to it.
      env: { NODE_ENV: "production", PATH: process.env.PATH, HOME: process.env.HOME, TSX_TSCONFIG_PATH: "tsconfig.scripts.json", DATABASE_URL: "postgresql://factdesk@127.0.0.1:9/factdesk", PORT: "3999" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("AUTH_SECRET is required in production");
    expect(result.stderr).toContain("SITE_URL is required in production");
    expect(result.stderr).toContain("ORG_NAME is required in production");
    expect(result.stdout).not.toContain("migrations");
  });
});
