import "server-only";
import { auditActionWords } from "@/lib/audit-actions";
import { db } from "@/lib/db";
import { claimStatusLabel } from "@/lib/claims/labels";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { shorten } from "@/lib/text";

/**
 * A claim's history for its desk, read from the audit log: the events on the claim and on its
 * evidence, notes, appearances and verdict (AuditEvent.claimId, filled by the database from the
 * entity — see the migration 20261127030000_audit_event_claim), newest first, in words.
 */

export type ActivityItem = { id: string; at: Date; actor: string; description: string };

type Json = Record<string, unknown>;

const stanceWord: Record<string, string> = { SUPPORTS: "supports", REFUTES: "refutes", CONTEXT: "context" };

const quoted = (value: unknown, max = 80) => `“${shorten(String(value ?? ""), max)}”`;
const str = (value: unknown) => (typeof value === "string" ? value : value == null ? "" : String(value));
const statusWord = (value: unknown) => claimStatusLabel[value as ClaimStatus]?.toLowerCase() ?? str(value).toLowerCase();

/** The sentence after the actor's name: "added evidence “…” (refutes)". */
export function describeEvent(action: string, before: Json, after: Json, ratings: Map<string, string>): string {
  const rating = (id: unknown) => (typeof id === "string" ? (ratings.get(id) ?? "a rating") : "no rating");
  switch (action) {
    case "claim.create":
      return "created the claim";
    case "claim.edit": {
      const parts: string[] = [];
      if ("text" in after) parts.push(`changed the text to ${quoted(after.text)}`);
      if ("claimant" in after) parts.push(after.claimant ? `set the claimant to ${str(after.claimant)}` : "removed the claimant");
      if ("topics" in after) parts.push(after.topics ? `set the topics to ${str(after.topics)}` : "removed the topics");
      return parts.length ? parts.join("; ") : "saved the claim without changes";
    }
    case "claim.take":
      return "took the claim";
    case "claim.assign":
      return `handed the claim to ${str(after.assignee) || "someone"}`;
    case "claim.unassign":
      return "left the claim unassigned";
    case "claim.dismiss":
      return `dismissed the claim: ${quoted(after.dismissalReason, 160)}`;
    case "claim.reopen":
      return `reopened the claim (now ${statusWord(after.status)})`;
    case "claim.reopen_for_verdict":
      return "reopened the claim for a new verdict (its verdict was retracted)";
    case "evidence.add":
      return `added evidence ${quoted(after.title)} (${stanceWord[str(after.stance)] ?? "no stance"})`;
    case "evidence.edit": {
      const changed = Object.keys(after).filter((key) => key !== "title" || before.title !== after.title);
      const stance = "stance" in after ? ` (now ${stanceWord[str(after.stance)]})` : "";
      const what = changed.map(
        (key) =>
          ({ url: "URL", archiveUrl: "archived copy", title: "title", excerpt: "excerpt", stance: "stance", sourceId: "source" })[key] ??
          key,
      );
      return `edited evidence ${quoted(after.title)}${what.length ? `: ${[...new Set(what)].join(", ")}` : ""}${stance}`;
    }
    case "evidence.remove":
      return `removed evidence ${quoted(before.title)} (${stanceWord[str(before.stance)] ?? "no stance"})`;
    case "evidence.move":
      return `moved evidence ${quoted(after.title)} from place ${str(before.position)} to ${str(after.position)}`;
    case "note.add":
      return `added a note: ${quoted(after.body, 120)}`;
    case "appearance.create":
    case "appearance.add":
      return `added an appearance ${quoted(after.exact)}`;
    case "appearance.reselect":
      return `changed an appearance's quote from ${quoted(before.exact)} to ${quoted(after.exact)}`;
    case "appearance.remove":
      return `removed an appearance ${quoted(before.exact)}`;
    case "appearance.orphan":
      return "marked an appearance as no longer found in its article";
    case "verdict.create":
      return after.previousId ? "started a new verdict draft, to replace the retracted verdict" : "started the verdict draft";
    case "verdict.save_draft":
      return "saved the verdict draft";
    case "verdict.send_back":
      return `sent the verdict back to its author: ${quoted(after.comment, 160)}`;
    case "verdict.start_revision":
      return `started revision ${str(after.number)} of the verdict`;
    case "verdict.save_revision":
      return "saved a draft correction or update of the verdict";
    case "verdict.submit_revision":
      return `submitted a ${after.kind === "CORRECTION" ? "correction" : "update"} of the verdict for approval (${rating(after.ratingId)})`;
    case "verdict.send_back_revision":
      return `sent a correction of the verdict back to its author: ${quoted(after.comment, 160)}`;
    case "verdict.discard_revision":
      return "discarded a correction or update of the verdict";
    case "claim.start_review":
      return "started reviewing the claim";
    case "verdict.submit":
      return `submitted the verdict for approval (${rating(after.ratingId)})`;
    case "verdict.approve":
    case "verdict.publish":
      return `approved and published the verdict (${rating(after.ratingId)})`;
    case "verdict.correct":
      return `published a correction of the verdict (${rating(after.ratingId)})${after.note ? `: ${quoted(after.note, 120)}` : ""}`;
    case "verdict.update":
      return `published an update of the verdict${after.note ? `: ${quoted(after.note, 120)}` : ""}`;
    case "verdict.retract":
      return `retracted the verdict: ${quoted(after.retractionReason, 160)}`;
    default:
      // Events this list has no detailed words for: the words every list uses (lib/audit-actions.ts).
      return auditActionWords(action);
  }
}

/** The newest `limit` events of a claim's history (`client` for tests on their own database). */
export async function listClaimActivity(
  claimId: string,
  { limit = 100, client = db }: { limit?: number; client?: PrismaClient } = {},
): Promise<ActivityItem[]> {
  const [events, ratings] = await Promise.all([
    client.auditEvent.findMany({
      where: { claimId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, action: true, before: true, after: true, createdAt: true, actor: { select: { name: true } } },
    }),
    client.rating.findMany({ select: { id: true, label: true } }),
  ]);
  const ratingLabels = new Map(ratings.map((rating) => [rating.id, rating.label]));
  return events.map((event) => ({
    id: event.id.toString(),
    at: event.createdAt,
    actor: event.actor?.name ?? "A member of the public",
    description: describeEvent(event.action, asObject(event.before), asObject(event.after), ratingLabels),
  }));
}

function asObject(value: unknown): Json {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {};
}
