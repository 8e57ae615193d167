import type { z } from "zod";
import type { VerdictStatus } from "@/lib/generated/prisma/client";
import { MutationRefused, runMutation, staleEdit, type Change, type MutationDeps } from "@/lib/mutation";
import type { CurrentUser } from "@/lib/session";
import { currentDraft, lockRating, type DraftFields, type RevisionRow, type Tx, type VerdictRow } from "./locks";
import { ownWorkRefusal } from "./own-work";

/**
 * The steps a verdict draft (drafts.ts) and a revision of a published verdict (revisions.ts)
 * share: status and rating checks, the draft's version check, the two-person rule, and the shape
 * of a save and of a send-back.
 */

const verdictStatusWords: Record<VerdictStatus, string> = {
  DRAFT: "a draft",
  AWAITING_APPROVAL: "awaiting approval",
  PUBLISHED: "published",
  RETRACTED: "retracted",
};

export async function requireVerdictStatus(tx: Tx, verdict: VerdictRow, status: VerdictStatus, doing: string) {
  if (verdict.status === status) return;
  throw new MutationRefused(
    409,
    `This verdict is ${verdictStatusWords[verdict.status]} now, so you cannot ${doing}. Reload the page to see it.`,
    {
      current: await currentDraft(tx, verdict),
    },
  );
}

export const revisionStatusWords = {
  DRAFT: "a draft",
  AWAITING_APPROVAL: "awaiting approval",
  PUBLISHED: "published",
  DISCARDED: "discarded",
} as const;

/** A revision in `status` of a verdict that is still published. */
export async function requireRevisionStatus(tx: Tx, revision: RevisionRow, status: keyof typeof revisionStatusWords, doing: string) {
  if (revision.status === status && revision.verdict.status === "PUBLISHED") return;
  const now = revision.verdict.status === "RETRACTED" ? "retracted verdict" : `revision ${revisionStatusWords[revision.status]}`;
  throw new MutationRefused(409, `This is a ${now} now, so you cannot ${doing}. Reload the page to see it.`, {
    current: await currentDraft(tx, revision),
  });
}

/**
 * Before a draft is written: it is still the version the editor started from (else 409 with the
 * record as it is), and its rating exists and is not retired. A save may keep a retired rating the
 * record already has (`keptRating`), so that autosave does not fail; a submission may not (null).
 */
export async function checkDraftWrite(
  tx: Tx,
  before: DraftFields & { version: number; status: string; note?: string | null },
  data: { version: number; ratingId: string | null },
  keptRating: string | null,
  what: string,
) {
  if (before.version !== data.version) throw staleEdit(what, await currentDraft(tx, before));
  if (!data.ratingId) return;
  const rating = await lockRating(tx, data.ratingId);
  if (!rating || (rating.retiredAt && data.ratingId !== keptRating)) {
    const message = rating
      ? `“${rating.label}” has been retired from the scale. Choose another rating.`
      : "Choose a rating from the scale.";
    throw new MutationRefused(400, "Some fields need attention.", { fieldErrors: { ratingId: [message] } });
  }
}

/** Nothing is published with a rating retired since it was submitted: the approver sends it back instead. */
export async function assertRatingPublishable(tx: Tx, ratingId: string | null, what: string) {
  if (!ratingId) return;
  const rating = await lockRating(tx, ratingId);
  if (!rating || rating.retiredAt) {
    const label = rating ? `“${rating.label}”` : "Its rating";
    throw new MutationRefused(
      409,
      `This ${what} cannot be published: ${rating ? `its rating ${label} has been retired` : "its rating no longer exists"}. Send it back so its author chooses another rating.`,
      {
        fieldErrors: { ratingId: [`${label} has been retired from the scale. Choose another rating.`] },
      },
    );
  }
}

/** Adds the person saving to a draft's editors (they may not approve it). */
export const withEditor = (editorIds: string[], actor: CurrentUser) =>
  editorIds.includes(actor.id) ? editorIds : [...editorIds, actor.id];

/**
 * The two-person rule (./own-work.ts) at approval: the author, whoever last submitted the record
 * for approval (`submitAction` in the audit log) and its editors are refused (403).
 */
export async function assertMayApprove(
  tx: Tx,
  actor: CurrentUser,
  record: { id: string; authorId: string; editorIds: string[] },
  submitted: { entityType: "Verdict" | "VerdictRevision"; action: string },
  what: string,
) {
  const event = await tx.auditEvent.findFirst({
    where: { entityType: submitted.entityType, entityId: record.id, action: submitted.action },
    orderBy: { id: "desc" },
    select: { actorId: true },
  });
  const refusal = ownWorkRefusal(actor.id, { ...record, submitterId: event?.actorId ?? null }, what);
  if (refusal) throw new MutationRefused(403, refusal);
}

/**
 * A draft's two saves: the editor's autosave (as typed, not audited: lib/audit.ts) and "Save
 * draft" (the same write, recorded in the audit log). `write` returns the result and the audit
 * event of a recorded save.
 */
export function draftSaves<S extends z.ZodType, T>(
  schema: S,
  write: (tx: Tx, data: z.output<S>, actor: CurrentUser) => Promise<{ result: T; audit: Change<T>["audit"] }>,
) {
  const save = (explicit: boolean) => (input: unknown, deps?: MutationDeps) =>
    runMutation(
      {
        action: "verdicts.draft",
        schema,
        input,
        async change(tx, data, actor): Promise<Change<T>> {
          const { result, audit } = await write(tx, data, actor);
          return { result, audit: explicit ? audit : [] };
        },
      },
      deps,
    );
  return { autosave: save(false), save: save(true) };
}

/**
 * The approver returns a record awaiting approval to its author with a comment: a draft again.
 * `returnToDraft` locks it, checks its status and writes the change (its version must be unchanged).
 */
export function sendBackMutation<S extends z.ZodType<{ version: number; comment: string }>>(
  schema: S,
  action: string,
  returnToDraft: (tx: Tx, data: z.output<S>) => Promise<{ entityType: "Verdict" | "VerdictRevision"; id: string }>,
) {
  return (input: unknown, deps?: MutationDeps) =>
    runMutation(
      {
        action: "verdicts.approve",
        schema,
        input,
        async change(tx, data): Promise<Change<{ version: number }>> {
          const record = await returnToDraft(tx, data);
          return {
            result: { version: data.version + 1 },
            audit: {
              action,
              entityType: record.entityType,
              entityId: record.id,
              before: { status: "AWAITING_APPROVAL" },
              after: { status: "DRAFT", comment: data.comment },
            },
          };
        },
      },
      deps,
    );
}
