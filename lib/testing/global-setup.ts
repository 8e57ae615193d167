import type { TestProject } from "vitest/node";
import { createDatabase, dropDatabasesWithPrefix, migrate, uniqueDatabaseName } from "./database";

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
  const result = migrate(url);
  if (result.status !== 0) throw new Error(`Migrations failed on the test template database:\n${result.output}`);
  project.provide("templateDatabase", template);
  project.provide("runPrefix", runPrefix);
  return async () => {
    await dropDatabasesWithPrefix(runPrefix);
  };
}
