import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The audit log: who did what to which record, when, and what changed. Every staff change writes
 * one event through the write path (lib/mutation.ts), inside the change's own transaction, so a
 * change and its event commit or vanish together. The table refuses UPDATE, DELETE and TRUNCATE
 * (triggers in the first migration). Not recorded: autosaves of drafts, next-auth's own sign-in
 * bookkeeping, and secrets or contact details, which are redacted before writing.
 */

export type AuditEntry = {
  /**
   * Null only for the public (e.g. a submission from the tipline) and for the system (a scheduled
   * job or a command, named in `after.system`: lib/mutation.ts runSystemMutation).
   */
  actorId: string | null;
  /** `<noun>.<verb>`, e.g. "user.change_role", "verdict.publish". */
  action: string;
  entityType: string;
  entityId: string;
  /** The changed fields before and after; whole records only for creation and deletion. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /**
   * The claim the event belongs to (its activity on the claim desk). Taken from the entity by the
   * database when left out; give it for deletions, when the entity is already gone.
   */
  claimId?: string;
};

// Password hashes, tokens and secrets, and submitters' contact details (contactEmail…).
const REDACTED_KEY = /password|hash|token|secret|contact/i;
export const REDACTED = "[redacted]";

function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, REDACTED_KEY.test(key) ? REDACTED : redact(inner)]));
  }
  return value;
}

export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before ? (redact(entry.before) as Prisma.InputJsonValue) : undefined,
      after: entry.after ? (redact(entry.after) as Prisma.InputJsonValue) : undefined,
      claimId: entry.claimId,
    },
  });
}

/** The fields of `after` whose values differ from `before`, as the before/after pair to record. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const keys = Object.keys(after).filter((key) => !sameValue(before[key], after[key]));
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key]])),
    after: Object.fromEntries(keys.map((key) => [key, after[key]])),
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}
