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

/**
 * The registry's source for a host: its own, or failing that the nearest parent domain's, so a
 * blocked site cannot be cited through a subdomain (m., amp., news.…).
 */
export async function findSourceForHost(tx: Prisma.TransactionClient, host: string): Promise<Source | null> {
  const keys = hostAndParents(host);
  const found = await tx.source.findMany({ where: { domain: { in: keys } } });
  found.sort((a, b) => keys.indexOf(a.domain) - keys.indexOf(b.domain));
  return found[0] ?? null;
}
