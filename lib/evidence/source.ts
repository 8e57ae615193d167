import "server-only";
import type { AuditEntry } from "@/lib/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MutationRefused } from "@/lib/mutation";
import { toSourceKey } from "@/lib/sources/domain";
import { blockedSourceMessage, findOrCreateSource, findSourceForHost, lockForCitation } from "@/lib/sources/lookup";

export type EvidenceSource = {
  id: string;
  name: string;
  domain: string;
  status: "ACTIVE" | "WATCH" | "BLOCKED";
  reliabilityNote: string | null;
};

/**
 * The registry's source for an evidence URL, found by its source key (lib/sources/domain.ts) or,
 * failing that, its nearest parent domain's (lib/sources/lookup.ts). A
 * site the registry does not know yet is added as an unrated source, so moderators see what the
 * desk cites; a blocked source is refused with the registry's reason.
 */
export async function sourceForEvidence(
  tx: Prisma.TransactionClient,
  url: string,
): Promise<{ source: EvidenceSource; created: Omit<AuditEntry, "actorId"> | null }> {
  const domain = toSourceKey(url);
  if (!domain) {
    throw new MutationRefused(400, "Some fields need attention.", {
      fieldErrors: { url: ["Enter a full web address starting with https://."] },
    });
  }
  // A subdomain without its own entry is its parent domain's (a block covers m., amp., …).
  let found = await findSourceForHost(tx, domain);
  // Locked before the claim's verdict (the one lock order of docs/decisions/008: sources, then the
  // Verdict row), so that a merge of this source, which locks it and then re-points published
  // evidence, cannot deadlock with this edit. A source merged away meanwhile is found again as the
  // survivor's alias.
  if (found && !(await lockForCitation(tx, found.id))) found = await findSourceForHost(tx, domain);
  let created: Omit<AuditEntry, "actorId"> | null = null;
  if (!found) {
    // Two desks citing a new site at once, or a merge making it an alias: theirs is found and used.
    const added = await findOrCreateSource(tx, domain, { name: domain });
    found = added.source;
    if (added.created) {
      created = {
        action: "source.create",
        entityType: "Source",
        entityId: found.id,
        after: { domain, name: domain, reliability: "UNRATED", status: "ACTIVE", via: "evidence" },
      };
    }
  }
  const source: EvidenceSource = {
    id: found.id,
    name: found.name,
    domain: found.domain,
    status: found.status,
    reliabilityNote: found.reliabilityNote,
  };
  if (source.status === "BLOCKED") {
    const message = blockedSourceMessage(source);
    throw new MutationRefused(400, message, { fieldErrors: { url: [message] } });
  }
  return { source, created };
}
