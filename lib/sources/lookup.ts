import "server-only";
import type { Prisma, Source } from "@/lib/generated/prisma/client";

/** A source's editable fields and version: what the registry's writes read and its edit page shows. */
export const sourceFields = {
  id: true,
  domain: true,
  name: true,
  kind: true,
  reliability: true,
  reliabilityNote: true,
  status: true,
  internalNotes: true,
  version: true,
} as const satisfies Prisma.SourceSelect;

/**
 * Why a blocked source is refused, in the words both the evidence form and article ingest use: the
 * block's public note, which the registry asks for when a source is blocked.
 */
export function blockedSourceMessage(source: { name: string; reliabilityNote: string | null }): string {
  const reason = source.reliabilityNote?.trim() || "the source registry gives no reason.";
  return `${source.name} is blocked: ${reason}`;
}

/**
 * The source keys to look for, most specific first: the host itself, then each parent domain
 * (m.rt.example → rt.example), stopping before a bare top-level label. IP addresses have no
 * parents. `host` is a source key (lib/sources/domain.ts toSourceKey).
 */
export function hostAndParents(host: string): string[] {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith("[")) return [host];
  const labels = host.split(".");
  const keys: string[] = [];
  for (let i = 0; i < labels.length - 1; i++) keys.push(labels.slice(i).join("."));
  return keys.length ? keys : [host];
}

/** Where a source key is in the registry: a source's own domain or one of its aliases. */
export function hasDomain(domain: string | { in: string[] } | { contains: string }): Prisma.SourceWhereInput {
  return { OR: [{ domain }, { aliases: { some: { domain } } }] };
}

/**
 * The registry's source for a host: its own, or failing that the nearest parent domain's, so a
 * blocked site cannot be cited through a subdomain (m., amp., news.…). A source's aliases (the
 * domains of duplicates merged into it) count exactly like its domain.
 */
export async function findSourceForHost(tx: Prisma.TransactionClient, host: string): Promise<Source | null> {
  const keys = hostAndParents(host);
  const found = await tx.source.findMany({
    where: hasDomain({ in: keys }),
    include: { aliases: { where: { domain: { in: keys } }, select: { domain: true } } },
  });
  const rank = ({ domain, aliases }: (typeof found)[number]) =>
    Math.min(...[domain, ...aliases.map((alias) => alias.domain)].map((key) => keys.indexOf(key)).filter((index) => index >= 0));
  found.sort((a, b) => rank(a) - rank(b));
  if (!found[0]) return null;
  const { aliases: _aliases, ...source } = found[0];
  return source;
}

/**
 * Serialises every writer of one source key until the transaction ends: the lock the registry's
 * trigger takes before inserting a source or an alias (prisma/migrations/20261127080000_source_aliases,
 * the same key expression). Taking it first keeps a writer that holds it from deadlocking with one
 * that already waits for it, and lets a writer look a key up again knowing nobody adds it meanwhile.
 */
export async function lockSourceKey(tx: Prisma.TransactionClient, domain: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('source-domain:' || ${domain}::text, 0))`;
}

/**
 * The registry's source for `domain` (a source key), or a new one made from `data` when the key is
 * in the registry neither as a domain nor as an alias (`created` says which). Looked up again
 * under the key's lock: a source or alias of it added by someone else a moment ago (a merge) is
 * found and used, instead of the insert being refused by the trigger as a duplicate.
 */
export async function findOrCreateSource(
  tx: Prisma.TransactionClient,
  domain: string,
  data: Omit<Prisma.SourceCreateInput, "domain">,
): Promise<{ source: Source; created: boolean }> {
  await lockSourceKey(tx, domain);
  const found = await findSourceForHost(tx, domain);
  if (found) return { source: found, created: false };
  return { source: await tx.source.create({ data: { ...data, domain } }), created: true };
}

/**
 * Holds a source while an article or evidence row is saved citing it, so that a merge of it waits
 * (or this waits for the merge); false when it was merged away meanwhile: look it up again, its
 * domain is now the survivor's alias. Taken before the claim's verdict (docs/decisions/008).
 */
export async function lockForCitation(tx: Prisma.TransactionClient, sourceId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Source" WHERE id = ${sourceId} FOR KEY SHARE`;
  return rows.length > 0;
}
