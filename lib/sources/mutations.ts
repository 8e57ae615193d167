import "server-only";
import { changedFields } from "@/lib/audit";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Reliability, SourceStatus } from "@/lib/generated/prisma/enums";
import { MutationRefused, runMutation, staleEdit, type MutationDeps } from "@/lib/mutation";
import { publicTags } from "@/lib/public-cache";
import { reliabilityLabel } from "./labels";
import { hasDomain, lockSourceKey, sourceFields } from "./lookup";
import { createSourceSchema, mergeSourcesSchema, removeSourceAliasSchema, updateSourceSchema, type SourceFields } from "./schemas";

/**
 * The source registry's writes (moderators, `sources.manage`), each through the one write path
 * (lib/mutation.ts). The public sees a source's name, kind, reliability and its public note (on
 * source and verdict pages), so changes to those refresh `sources` and `verdicts`; internal notes
 * and the watch status are staff-only and refresh nothing.
 */

type StoredSource = Prisma.SourceGetPayload<{ select: typeof sourceFields }>;

/** Fields whose change reaches public pages (the status only when a block starts or ends). */
const PUBLIC_FIELDS = ["domain", "name", "kind", "reliability", "reliabilityNote"] as const;
const REFRESH = [publicTags.sources, publicTags.verdicts];

async function findSource(tx: Prisma.TransactionClient, id: string): Promise<StoredSource> {
  const source = await tx.source.findUnique({ where: { id }, select: sourceFields });
  if (!source) throw new MutationRefused(404, "That source is no longer in the registry (merged or removed).");
  return source;
}

/** Optimistic concurrency: saves `data` and the next version only onto the version the form had. */
async function saveVersioned(tx: Prisma.TransactionClient, id: string, version: number, data: Prisma.SourceUpdateManyMutationInput) {
  const { count } = await tx.source.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw staleEdit("source", await findSource(tx, id));
}

/**
 * A source key belongs to one source, as its domain or as one of its aliases. The refusal names
 * the source that has it, so the form can link to it.
 */
async function assertDomainFree(tx: Prisma.TransactionClient, domain: string, exceptId?: string) {
  const owner = await tx.source.findFirst({ where: hasDomain(domain), select: { id: true, name: true, domain: true } });
  // An alias is refused even on its own source: it would then be its domain and its alias at once.
  if (owner && (owner.id !== exceptId || owner.domain !== domain)) throw domainTaken(domain, owner);
}

function domainTaken(domain: string, owner?: { id: string; name: string; domain: string }) {
  const alias = owner !== undefined && owner.domain !== domain;
  return new MutationRefused(409, alias ? "This domain is already an alias of a source." : "Another source already has this domain.", {
    fieldErrors: {
      domain: [
        !owner
          ? "This domain was just added to the registry by someone else."
          : alias
            ? `${domain} is already in the registry as an alias of “${owner.name}” (${owner.domain}), kept when a duplicate was merged into it. Edit that source, or remove the alias there first.`
            : `${domain} is already in the registry as “${owner.name}”. Edit that source, or merge the two if they are the same outlet.`,
      ],
    },
    current: owner ? { duplicateOf: owner } : undefined,
  });
}

/**
 * The editorial rules of a save: a new reliability needs a new public note saying why, and a
 * block needs a note, which is the reason reviewers are shown when they try to cite the source.
 */
function assertNoteRules(
  before: { reliability: Reliability; reliabilityNote: string | null; status: SourceStatus } | null,
  after: SourceFields,
) {
  const reliabilityChanged = before ? before.reliability !== after.reliability : after.reliability !== "UNRATED";
  const blocking = after.status === "BLOCKED" && before?.status !== "BLOCKED";
  const messages: string[] = [];
  if (reliabilityChanged && (!after.reliabilityNote || after.reliabilityNote === before?.reliabilityNote)) {
    messages.push(
      before
        ? `The reliability changes from “${reliabilityLabel[before.reliability]}” to “${reliabilityLabel[after.reliability]}”: rewrite the public note to say why.`
        : `Say in the public note why this source is rated “${reliabilityLabel[after.reliability]}”.`,
    );
  }
  if (blocking && !after.reliabilityNote) {
    messages.push("Blocking needs a reason: write it in the public note. Reviewers see it when they try to cite this source.");
  }
  if (messages.length) throw new MutationRefused(400, "Some fields need attention.", { fieldErrors: { reliabilityNote: messages } });
}

function auditAction(before: StoredSource | null, after: SourceFields): string {
  if (!before) return "source.create";
  if (before.status !== after.status && after.status === "BLOCKED") return "source.block";
  if (before.status === "BLOCKED" && after.status !== "BLOCKED") return "source.unblock";
  return "source.update";
}

function touchesPublic(before: StoredSource, after: SourceFields): boolean {
  const blockChanged = (before.status === "BLOCKED") !== (after.status === "BLOCKED");
  return blockChanged || PUBLIC_FIELDS.some((field) => before[field] !== after[field]);
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

export function createSource(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "sources.manage",
      schema: createSourceSchema,
      input,
      async change(tx, data) {
        await assertDomainFree(tx, data.domain);
        assertNoteRules(null, data);
        const created = await tx.source.create({ data, select: sourceFields }).catch((error: unknown) => {
          // Two moderators adding the same domain at the same moment: the second is told.
          throw isUniqueViolation(error) ? domainTaken(data.domain) : error;
        });
        const { id, version: _version, ...recorded } = created;
        return {
          result: { id, version: created.version, domain: created.domain },
          audit: { action: "source.create", entityType: "Source", entityId: id, after: recorded },
          // A new source is on no public page until it is cited or publishes a checked claim.
        };
      },
    },
    deps,
  );
}

export function updateSource(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "sources.manage",
      schema: updateSourceSchema,
      input,
      async change(tx, data) {
        const { id, version, ...fields } = data;
        const before = await findSource(tx, id);
        if (before.version !== version) throw staleEdit("source", before);
        if (fields.domain !== before.domain) await assertDomainFree(tx, fields.domain, id);
        assertNoteRules(before, fields);
        await saveVersioned(tx, id, version, fields).catch((error: unknown) => {
          throw isUniqueViolation(error) ? domainTaken(data.domain) : error;
        });
        const after = await findSource(tx, id);
        const { version: _v1, id: _id1, ...beforeFields } = before;
        const { version: _v2, id: _id2, ...afterFields } = after;
        return {
          result: { id, version: after.version },
          audit: { action: auditAction(before, fields), entityType: "Source", entityId: id, ...changedFields(beforeFields, afterFields) },
          refresh: touchesPublic(before, fields) ? REFRESH : [],
        };
      },
    },
    deps,
  );
}

/** Locks a source row until the transaction ends, so nothing can cite it while it is merged away. */
async function lockSource(tx: Prisma.TransactionClient, id: string) {
  await tx.$queryRaw`SELECT id FROM "Source" WHERE id = ${id} FOR UPDATE`;
}

/**
 * Merges two registry entries for the same outlet: every article and piece of evidence of the
 * duplicate (live, and as cited in published evidence) moves to the survivor, the duplicate's
 * domain and aliases become the survivor's aliases, the duplicate is deleted, and the audit log
 * records which rows and domains moved. All of it is one transaction: a failure at any step leaves
 * everything where it was.
 */
export function mergeSources(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "sources.manage",
      schema: mergeSourcesSchema,
      input,
      async change(tx, data) {
        // Both rows locked first (in a fixed order, so two opposite merges cannot deadlock): a
        // reviewer citing the duplicate meanwhile waits, then finds it gone, instead of losing
        // the citation to ON DELETE SET NULL.
        for (const id of [data.survivorId, data.duplicateId].sort()) await lockSource(tx, id);
        const survivor = await findSource(tx, data.survivorId);
        const duplicate = await findSource(tx, data.duplicateId);
        // The duplicate's domain becomes an alias below, whose trigger takes the domain's lock: taken
        // now, before the duplicate's row is deleted, so a source being added with that domain at
        // this moment (which holds that lock and waits on the domain's unique index) finishes first
        // instead of deadlocking with the merge.
        await lockSourceKey(tx, duplicate.domain);
        if (survivor.version !== data.survivorVersion) throw staleEdit("source", survivor);
        if (duplicate.version !== data.duplicateVersion) throw staleEdit("duplicate source", duplicate);

        const articles = await tx.article.findMany({ where: { publisherId: duplicate.id }, select: { id: true }, orderBy: { id: "asc" } });
        const evidence = await tx.evidence.findMany({ where: { sourceId: duplicate.id }, select: { id: true }, orderBy: { id: "asc" } });
        await tx.article.updateMany({ where: { publisherId: duplicate.id }, data: { publisherId: survivor.id } });
        await tx.evidence.updateMany({ where: { sourceId: duplicate.id }, data: { sourceId: survivor.id } });
        // Published evidence (lib/verdicts/published-evidence.ts) cites sources by id as well.
        await tx.$executeRaw`SELECT repoint_published_evidence(${duplicate.id}, ${survivor.id})`;

        // The duplicate's staff notes are kept on the survivor rather than lost with it.
        const internalNotes = duplicate.internalNotes
          ? [survivor.internalNotes, `Merged from ${duplicate.domain}: ${duplicate.internalNotes}`].filter(Boolean).join("\n\n")
          : survivor.internalNotes;
        const updated = await tx.source.update({
          where: { id: survivor.id },
          data: { internalNotes, version: { increment: 1 } },
          select: { version: true },
        });
        // The duplicate's domain and its own aliases stay in the registry as the survivor's
        // aliases, so citing them finds the survivor (and its block) rather than a new source.
        // The domain becomes an alias only once its row is gone: a domain is never both.
        const ownAliases = await tx.sourceAlias.findMany({
          where: { sourceId: duplicate.id },
          select: { domain: true },
          orderBy: { domain: "asc" },
        });
        await tx.sourceAlias.updateMany({ where: { sourceId: duplicate.id }, data: { sourceId: survivor.id } });
        await tx.source.delete({ where: { id: duplicate.id } });
        await tx.sourceAlias.create({ data: { domain: duplicate.domain, sourceId: survivor.id } });

        const { version: _version, ...duplicateRecord } = duplicate;
        const aliasesAdded = [duplicate.domain, ...ownAliases.map((alias) => alias.domain)];
        const moved = { articleIds: articles.map((a) => a.id), evidenceIds: evidence.map((e) => e.id), aliasesAdded };
        return {
          result: { survivorId: survivor.id, version: updated.version, articlesMoved: articles.length, evidenceMoved: evidence.length },
          audit: [
            {
              action: "source.merge",
              entityType: "Source",
              entityId: survivor.id,
              before: { merged: duplicateRecord },
              after: { articlesMoved: articles.length, evidenceMoved: evidence.length, ...moved },
            },
            {
              action: "source.delete",
              entityType: "Source",
              entityId: duplicate.id,
              before: duplicateRecord,
              after: { mergedInto: { id: survivor.id, domain: survivor.domain, name: survivor.name }, ...moved },
            },
          ],
          refresh: REFRESH,
        };
      },
    },
    deps,
  );
}

/**
 * Takes an alias off a source: its domain is no longer recognised as that source (the next
 * citation of it proposes a new, unrated source). Aliases are not fields of the source's details
 * form, so this does not bump the source's version (which would move that form's save onto a
 * version it has not shown); the source row is locked instead, so a merge of it waits.
 */
export function removeSourceAlias(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "sources.manage",
      schema: removeSourceAliasSchema,
      input,
      async change(tx, data) {
        await lockSource(tx, data.id);
        await findSource(tx, data.id);
        const { count } = await tx.sourceAlias.deleteMany({ where: { sourceId: data.id, domain: data.domain } });
        if (count === 0) throw new MutationRefused(404, `${data.domain} is no longer an alias of this source (removed meanwhile).`);
        return {
          result: { id: data.id, domain: data.domain },
          audit: {
            action: "source.remove_alias",
            entityType: "Source",
            entityId: data.id,
            before: { alias: data.domain },
            after: { alias: null },
          },
          refresh: REFRESH,
        };
      },
    },
    deps,
  );
}
