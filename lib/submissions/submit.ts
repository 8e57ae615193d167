import "server-only";
import { db as appDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { runPublicMutation, type MutationResult } from "@/lib/mutation";
import { submissionLimiter, type SubmissionLimiter } from "./rate-limit";
import { submitSchema } from "./schemas";
import { newTrackingToken, trackingPath } from "./tracking";

/** The private tracking link's token and path, shown to the submitter once. */
export type Submitted = { trackingToken: string; trackingPath: string };

export type SubmitDeps = { db: PrismaClient; limiter: SubmissionLimiter; ip: string };

function waitText(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "a minute" : `${minutes} minutes`;
}

/**
 * A reader's tip from the public form, through the public write path: zod → the per-address limit
 * (in place of a permission) → the row and its audit event (actor: the public) in one transaction.
 * A filled honeypot is counted against the limit and then quietly dropped: the robot gets the
 * same kind of answer (a tracking link, which leads nowhere) and no row is written. The contact
 * address is never copied into the audit log.
 */
export async function submitClaim(input: unknown, deps: Partial<SubmitDeps> & { ip: string }): Promise<MutationResult<Submitted>> {
  const limiter = deps.limiter ?? submissionLimiter();
  return runPublicMutation(
    {
      schema: submitSchema,
      input,
      async admit() {
        const wait = await limiter.take(deps.ip);
        if (wait > 0) {
          return {
            ok: false,
            status: 429,
            message: `You have sent us several claims in the last hour. Thank you! Please wait ${waitText(wait)} before sending another.`,
          };
        }
        return null;
      },
      async change(tx, data) {
        const { token, hash } = newTrackingToken();
        if (data.website.trim() !== "") return { result: { trackingToken: token, trackingPath: trackingPath(token) }, audit: [] };
        const submission = await tx.submission.create({
          data: {
            claimText: data.claimText,
            url: data.url ?? null,
            contactEmail: data.contactEmail ?? null,
            reason: data.reason ?? null,
            trackingTokenHash: hash,
          },
          select: { id: true, claimText: true, url: true, reason: true },
        });
        return {
          result: { trackingToken: token, trackingPath: trackingPath(token) },
          audit: {
            action: "submission.create",
            entityType: "Submission",
            entityId: submission.id,
            // Never the contact address: the log outlives the 90-day purge.
            after: { claimText: submission.claimText, url: submission.url, reason: submission.reason },
          },
        };
      },
    },
    deps.db ?? appDb,
  );
}
