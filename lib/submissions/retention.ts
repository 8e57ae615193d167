import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { runSystemMutation } from "@/lib/mutation";

/**
 * Submitters' contact addresses are personal data kept only as long as the newsroom may need to
 * reply: they are deleted 90 days after the submission is closed. Rejected and duplicate
 * submissions close when they are triaged; an accepted one stays open while its claim is being
 * checked (the desk may want to tell the submitter the result) and closes when the check ends:
 * at its verdict's publication, or on the day the purge first sees its claim dismissed.
 * Runs daily inside the app (instrumentation.ts) and on demand: `npm run submissions:purge`.
 */
export const CONTACT_RETENTION_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export type PurgeOutcome = { closed: number; purged: number };

const purgeSchema = z.object({ now: z.date() });

/** Run by the system (the daily timer, `npm run submissions:purge`) through the write path's system variant. */
export async function purgeExpiredContacts(db: PrismaClient, now: Date = new Date()): Promise<PurgeOutcome> {
  const result = await runSystemMutation(
    {
      system: "contact retention",
      schema: purgeSchema,
      input: { now },
      async change(tx, { now }) {
        const cutoff = new Date(now.getTime() - CONTACT_RETENTION_DAYS * DAY_MS);
        // 1. Accepted submissions whose check has ended are closed.
        const concluded = await tx.submission.findMany({
          where: {
            status: "ACCEPTED",
            closedAt: null,
            claim: { OR: [{ status: "DISMISSED" }, { verdicts: { some: { publishedAt: { not: null } } } }] },
          },
          // The check ended when its first verdict was published (a later one replaces a retracted one).
          select: {
            id: true,
            claim: {
              select: {
                status: true,
                verdicts: {
                  where: { publishedAt: { not: null } },
                  orderBy: { publishedAt: "asc" },
                  take: 1,
                  select: { publishedAt: true },
                },
              },
            },
          },
        });
        for (const submission of concluded) {
          const closedAt = submission.claim?.verdicts[0]?.publishedAt ?? now;
          await tx.submission.update({ where: { id: submission.id }, data: { closedAt } });
        }

        // 2. Contacts of submissions closed before the cutoff are deleted, one audit event each.
        const expired = await tx.submission.updateManyAndReturn({
          where: { closedAt: { lt: cutoff }, contactEmail: { not: null } },
          data: { contactEmail: null },
          select: { id: true },
        });
        return {
          result: { closed: concluded.length, purged: expired.length },
          audit: expired.map(({ id }) => ({
            action: "submission.purge_contact",
            entityType: "Submission",
            entityId: id,
            after: { retention: `contact details deleted ${CONTACT_RETENTION_DAYS} days after closing` },
          })),
        };
      },
    },
    { db },
  );
  // Nothing refuses a purge: a failure here is a fault (thrown by the transaction), not a refusal.
  if (!result.ok) throw new Error(`contact purge refused: ${result.message}`);
  return result.data;
}

const globalForPurge = globalThis as unknown as { contactPurgeTimer?: NodeJS.Timeout };

/**
 * Runs the purge a minute after the server starts and then every 24 hours. The timers are
 * unref'd, so they never keep a stopping server alive; a failed run is logged and retried the
 * next day.
 */
export function scheduleDailyContactPurge(db: PrismaClient): void {
  if (globalForPurge.contactPurgeTimer) return;
  const run = () =>
    purgeExpiredContacts(db).then(
      ({ purged }) => {
        if (purged > 0)
          console.log(
            `[submissions] deleted the contact details of ${purged} submission(s) closed over ${CONTACT_RETENTION_DAYS} days ago`,
          );
      },
      (error) => console.error("[submissions] contact purge failed:", error),
    );
  globalForPurge.contactPurgeTimer = setTimeout(() => {
    void run();
    globalForPurge.contactPurgeTimer = setInterval(run, DAY_MS).unref();
  }, 60_000).unref();
}
