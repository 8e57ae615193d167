import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { readReplicas } from "@prisma/extension-read-replicas";
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
const globalForPrisma = globalThis as unknown as {
  prisma?: PrismaClient;
  searchPrisma?: PrismaClient;
  replicaPrisma?: { replica: PrismaClient; routed: PrismaClient };
};

function lazyClient(create: () => PrismaClient): PrismaClient {
  return new Proxy({} as PrismaClient, { get: (_target, property) => Reflect.get(create(), property) });
}

const primary = () => (globalForPrisma.prisma ??= createPrismaClient(env().databaseUrl));

/**
 * The database client. Inside `publicRead` with a replica that has caught up, its reads
 * (findMany, findUnique, count…; not raw SQL, not in transactions) go to DATABASE_REPLICA_URL
 * through Prisma's read-replicas extension; everywhere else (staff pages, writes, everything
 * after a write) it is the primary.
 */
export const db = lazyClient(() => (publicReads.getStore() ? withReplica()!.routed : primary()));

function withReplica() {
  const url = env().databaseReplicaUrl;
  if (!url) return undefined;
  if (!globalForPrisma.replicaPrisma) {
    const replica = createPrismaClient(url);
    const routed = primary().$extends(readReplicas({ replicas: [replica] })) as unknown as PrismaClient;
    globalForPrisma.replicaPrisma = { replica, routed };
  }
  return globalForPrisma.replicaPrisma;
}

const publicReads = new AsyncLocalStorage<true>();

// ------------------------------------------------------------------ read replica: how far it is

const LSN = Symbol.for("factdesk.replica.lsn");
type LsnState = { refreshed: bigint; replayed: bigint };
/** Shared by the server script (which learns refreshes) and Next.js' bundles (which read). */
function lsnState(): LsnState {
  const global = globalThis as unknown as { [LSN]?: LsnState };
  return (global[LSN] ??= { refreshed: 0n, replayed: 0n });
}

/**
 * Public pages are refreshed once a change has committed on the primary, at its WAL position
 * `lsn` (lib/shared-cache-tags.ts): from now on, public reads use the replica only once it has
 * replayed that far, or a page rendered from it would be cached without the change.
 */
export function publicPagesRefreshedAt(lsn: bigint): void {
  const state = lsnState();
  if (lsn > state.refreshed) state.refreshed = lsn;
}

/** Whether the replica has replayed every refreshed change (asks it only while it had not). */
async function replicaCaughtUp(replica: PrismaClient): Promise<boolean> {
  const state = lsnState();
  if (state.replayed >= state.refreshed) return true;
  const wanted = state.refreshed;
  try {
    const [row] = await replica.$queryRaw<{ lsn: string | null }[]>`
      SELECT (pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::bigint::text AS lsn`;
    const replayed = BigInt(row?.lsn ?? 0);
    if (replayed > state.replayed) state.replayed = replayed;
  } catch (error) {
    console.error("The read replica did not answer; public reads use the primary:", error);
    return false;
  }
  return state.replayed >= wanted;
}

/**
 * Runs a public read (cachedPublicQuery): on the replica when one is configured and has replayed
 * every refreshed change, else on the primary.
 */
export async function publicRead<T>(read: () => Promise<T>): Promise<T> {
  const replica = withReplica();
  if (!replica || !(await replicaCaughtUp(replica.replica))) return read();
  return publicReads.run(true, read);
}

export const searchDb = lazyClient(
  () => (globalForPrisma.searchPrisma ??= createPrismaClient(env().databaseUrl, { statementTimeoutMs: SEARCH_TIMEOUT_MS })),
);
