import "server-only";
import { db as appDb } from "@/lib/db";
import { auditActionLabel } from "@/lib/audit-actions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Reliability, SourceKind, SourceStatus } from "@/lib/generated/prisma/enums";
import { reliabilityLabel, sourceKindLabel, sourceStatusLabel } from "./labels";

/**
 * A source's history for its edit page, read from the audit log (lib/audit.ts): who changed
 * what, when, newest first. Each event becomes a summary and the list of fields that changed,
 * with before and after in words.
 */

export type SourceHistoryEntry = {
  id: string;
  at: Date;
  actor: string;
  summary: string;
  changes: { field: string; before: string | null; after: string | null }[];
};

const actionSummary: Record<string, string> = {
  "source.create": "Added to the registry",
  "source.update": "Edited",
  "source.block": "Blocked",
  "source.unblock": "Unblocked",
  "source.merge": "Merged a duplicate into this source",
  "source.remove_alias": "Removed an alias",
};

const fieldLabel: Record<string, string> = {
  domain: "Domain",
  name: "Name",
  kind: "Kind",
  reliability: "Reliability",
  reliabilityNote: "Public note",
  status: "Status",
  internalNotes: "Internal notes",
  alias: "Also known as",
};

function describe(field: string, value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (field === "kind") return sourceKindLabel[value as SourceKind] ?? String(value);
  if (field === "reliability") return reliabilityLabel[value as Reliability] ?? String(value);
  if (field === "status") return sourceStatusLabel[value as SourceStatus] ?? String(value);
  return typeof value === "string" ? value : JSON.stringify(value);
}

type Json = Record<string, unknown> | null;

function fieldChanges(before: Json, after: Json) {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((key) => key in fieldLabel);
  keys.sort((a, b) => Object.keys(fieldLabel).indexOf(a) - Object.keys(fieldLabel).indexOf(b));
  return keys.map((key) => ({ field: fieldLabel[key]!, before: describe(key, before?.[key]), after: describe(key, after?.[key]) }));
}

function mergeSummary(before: Json, after: Json): string {
  const merged = (before?.merged ?? {}) as Record<string, unknown>;
  const articles = Number(after?.articlesMoved ?? 0);
  const evidence = Number(after?.evidenceMoved ?? 0);
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const aliases = Array.isArray(after?.aliasesAdded) ? after.aliasesAdded.map(String) : [];
  const kept = aliases.length
    ? ` ${aliases.join(", ")} ${aliases.length === 1 ? "is" : "are"} kept as ${aliases.length === 1 ? "an alias" : "aliases"}.`
    : "";
  return `Merged “${String(merged.name ?? "?")}” (${String(merged.domain ?? "?")}) into this source: moved ${plural(articles, "article", "articles")} and ${plural(evidence, "piece of evidence", "pieces of evidence")}; the duplicate was deleted.${kept}`;
}

export async function getSourceHistory(sourceId: string, limit = 50, db: PrismaClient = appDb): Promise<SourceHistoryEntry[]> {
  const events = await db.auditEvent.findMany({
    where: { entityType: "Source", entityId: sourceId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, action: true, before: true, after: true, createdAt: true, actor: { select: { name: true } } },
  });
  return events.map((event) => {
    const before = event.before as Json;
    const after = event.after as Json;
    const merge = event.action === "source.merge";
    return {
      id: event.id.toString(),
      at: event.createdAt,
      actor: event.actor?.name ?? "System",
      summary: merge ? mergeSummary(before, after) : (actionSummary[event.action] ?? auditActionLabel(event.action)),
      changes: merge ? [] : fieldChanges(before, after),
    };
  });
}
