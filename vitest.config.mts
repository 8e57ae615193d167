import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts"],
    environment: "node",
    // Integration tests share one PostgreSQL server; files run in parallel on their own databases.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
