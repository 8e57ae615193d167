import type { TestProject } from "vitest/node";
import { prisma } from "@/scripts/prisma-cli";
import { createDatabase, dropDatabasesWithPrefix, uniqueDatabaseName } from "./database";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated, empty database that tests clone (CREATE DATABASE … TEMPLATE) for isolation. */
    templateDatabase: string;
    /** Prefix of every database this run creates; all are dropped at the end. */
    runPrefix: string;
  }
}

export default async function setup(project: TestProject) {
  const runPrefix = uniqueDatabaseName("factdesk_t");
  const template = `${runPrefix}_template`;
  const url = await createDatabase(template);
  try {
    prisma(["migrate", "deploy"], url); // throws with Prisma's output when a migration fails
  } catch (error) {
    await dropDatabasesWithPrefix(runPrefix);
    throw error;
  }
  project.provide("templateDatabase", template);
  project.provide("runPrefix", runPrefix);
  return async () => {
    await dropDatabasesWithPrefix(runPrefix);
  };
}
