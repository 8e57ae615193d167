/**
 * The two-person rule, in one place for the mutations (drafts.ts, revisions.ts) and the verdict
 * page: nobody approves their own work. Whoever wrote a verdict or revision, submitted it for
 * approval, or edited its draft must leave the approval to a second person. The one exception: the
 * author of an update (wording or evidence only, no change of rating or conclusion) publishes it.
 */

/** How a person took part in a record awaiting approval, or null when they may approve it. */
export type OwnWork = "wrote" | "submitted" | "edited";

export type ReviewedRecord = { authorId: string; submitterId: string | null; editorIds: string[] };

export function ownWork(personId: string, record: ReviewedRecord): OwnWork | null {
  if (personId === record.authorId) return "wrote";
  if (personId === record.submitterId) return "submitted";
  if (record.editorIds.includes(personId)) return "edited";
  return null;
}

/** Why the approval is refused (403), or null when `personId` may approve; `what` names the record. */
export function ownWorkRefusal(personId: string, record: ReviewedRecord, what: string): string | null {
  const own = ownWork(personId, record);
  if (!own) return null;
  return `You ${own} this ${own === "edited" ? "draft" : what}, so someone else must approve it: every publication is checked by a second person.`;
}

/** An update (not a correction) by its own author is published at once, without approval. */
export function publishesOwnUpdate(personId: string, revision: { authorId: string }, kind: "CORRECTION" | "UPDATE"): boolean {
  return kind === "UPDATE" && revision.authorId === personId;
}
