import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

export function createPrismaClient(connectionString: string, options: { statementTimeoutMs?: number } = {}): PrismaClient {
  const timeout = options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {};
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, ...timeout }) });
}

/**
 * Public search runs on its own connections with a statement timeout: anyone can send a query, and
 * a few (a phrase of very common words, only excluded words) make PostgreSQL read most documents.
 * None may hold a connection for long (docs/decisions/005-public-search.md).
 */
export const SEARCH_TIMEOUT_MS = 1000;

// One client of each kind per process, created on first use (so that importing this module, e.g.
// while `next build` collects pages, needs no database); in development, module reloads reuse them.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; searchPrisma?: PrismaClient };

function lazyClient(create: () => PrismaClient): PrismaClient {
  return new Proxy({} as PrismaClient, { get: (_target, property) => Reflect.get(create(), property) });
}

export const db = lazyClient(() => (globalForPrisma.prisma ??= createPrismaClient(env().databaseUrl)));

export const searchDb = lazyClient(
  () => (globalForPrisma.searchPrisma ??= createPrismaClient(env().databaseUrl, { statementTimeoutMs: SEARCH_TIMEOUT_MS })),
);
