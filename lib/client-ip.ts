/**
 * The client's IP address for rate limits. scripts/serve.ts removes forwarding headers sent to an
 * app that trusts no proxy, so that Next.js fills X-Forwarded-For with the socket's address; with
 * TRUST_PROXY=n, each of the n proxies appended the address it saw, and the client is the n-th
 * entry from the end (anything before it was written by the client and may be forged).
 */
export function clientIp(forwardedFor: string | null | undefined, trustProxy: number): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return "unknown";
  return entries[Math.max(0, entries.length - Math.max(trustProxy, 1))]!;
}

/** Headers a client could use to pretend to be someone else when no proxy is trusted. */
export const FORWARDING_HEADERS = ["x-forwarded-for", "x-real-ip", "forwarded"] as const;
