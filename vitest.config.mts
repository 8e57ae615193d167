import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const testFolders = ["lib", "components", "scripts", "prisma"];

/**
 * The test files that need PostgreSQL: those using the database test support (scripts/testing/:
 * useFreshDatabase, useSeededAppDatabase, createDatabase…), the support's own tests and the
 * embedded server's (scripts/db/). They run
 * in the "database" project, whose global setup first migrates a template database (~15 s);
 * every other test runs in "unit" (or "components") without any database, in seconds.
 */
function databaseTestFiles(): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated" && entry.name !== "node_modules") walk(file);
      } else if (/\.test\.tsx?$/.test(entry.name)) {
        const usesDatabase =
          file.startsWith(path.join("scripts", "testing")) ||
          file.startsWith(path.join("scripts", "db")) ||
          fs.readFileSync(path.join(root, file), "utf8").includes("@/scripts/testing/");
        if (usesDatabase) found.push(file);
      }
    }
  };
  for (const folder of testFolders) walk(folder);
  return found;
}

const databaseTests = databaseTestFiles();
const nodeTests = testFolders.map((folder) => `${folder}/**/*.test.ts`);

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Tests load server modules directly: `server-only` (which throws outside React Server
      // Components) becomes its empty variant, without the react-server condition that would also
      // change what `react` resolves to.
      "server-only": path.resolve(root, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    // Ceilings, not waits (no test sleeps until them): generous, because on a busy shared machine
    // the tests that start processes (the CLIs, `npm start`'s checks) or seed a database take
    // several times longer than on a quiet one.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: "unit", environment: "node", include: nodeTests, exclude: databaseTests } },
      // React components and hooks, rendered in jsdom (components/**/*.test.tsx).
      { extends: true, test: { name: "components", environment: "jsdom", include: ["components/**/*.test.tsx"] } },
      {
        extends: true,
        test: { name: "database", environment: "node", include: databaseTests, globalSetup: ["scripts/testing/global-setup.ts"] },
      },
    ],
  },
});
