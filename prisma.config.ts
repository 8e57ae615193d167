import { defineConfig } from "prisma/config";

// `process.env.DATABASE_URL ?? ""` rather than env("DATABASE_URL"): `prisma generate` must work
// without a database (on install), and env() fails when the variable is unset.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    url: process.env.DATABASE_URL ?? "",
  },
});
