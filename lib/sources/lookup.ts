import type { Prisma, Source } from "@/lib/generated/prisma/client";

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
